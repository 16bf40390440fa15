using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Famille;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>"Modalités de règlement": pay at once, or in eight SEPA debits with the mandate's details.</summary>
public class ReglementModel(ReinscriptionDbContext db, IValidator<PaymentTermsInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PaymentTermsInput Input { get; set; } = new();

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Input = PaymentTermsInput.From(await db.Families.AsNoTracking().SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken));

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var family = await db.Families.SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken);
        FamilySituation.Apply(db, User, family, null, Input, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = Input.PaysBySepa
            ? "Prélèvement enregistré : déposez le mandat signé et votre RIB dans Famille › Documents fournis."
            : "Règlement en une fois enregistré.";
        return RedirectToPage();
    }
}
