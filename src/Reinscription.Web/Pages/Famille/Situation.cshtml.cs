using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Famille;

/// <summary>
/// Famille › Situation: residency, hosting and the way the family pays. Saved at once: what proves
/// them are the documents staff validate, whose lines this choice shows or hides.
/// </summary>
public class SituationModel(ReinscriptionDbContext db, IValidator<SituationInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SituationInput Input { get; set; } = new();

    public string Identifier { get; private set; } = "";

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken);
        Identifier = family.Identifier;
        Input = SituationInput.From(family);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var family = await db.Families.SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken);
        Identifier = family.Identifier;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        FamilySituation.Apply(db, User, family, Input, Input.Payment, clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = "Votre situation est enregistrée ; la liste de vos pièces à fournir en tient compte.";
        return RedirectToPage();
    }
}
