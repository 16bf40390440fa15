using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>
/// Staff edit a family's record directly: unlike a family's own edit, nothing waits for validation.
/// The audit log keeps every changed field, before → after.
/// </summary>
public class ModifierModel(
    ReinscriptionDbContext db,
    IValidator<FamilyInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public FamilyInput Input { get; set; } = new();

    public string Identifier { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var family = await db.FamiliesOfStaff(User.RequiredStaffId()).AsNoTracking().SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        Identifier = family.Identifier;
        Input = FamilyInput.From(family);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var family = await db.FamiliesOfStaff(User.RequiredStaffId()).SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        Identifier = family.Identifier;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var before = FamilyAudit.FieldsOf(family);
        Input.ApplyTo(family);
        var changes = FamilyAudit.Diff(before, FamilyAudit.FieldsOf(family));
        if (changes.Count == 0)
        {
            TempData["Confirmation"] = "Aucune modification à enregistrer.";
            return RedirectToPage("/Familles/Fiche", new { id });
        }

        db.Audit(User, clock.GetUtcNow(), family.SiteId, "family.edited", "Famille", family.Id,
            $"Fiche famille {family.Identifier} modifiée par le secrétariat.", changes);
        await db.SaveChangesAsync(cancellationToken);
        TempData["Confirmation"] = $"Fiche famille enregistrée ({changes.Count} champ(s) modifié(s)).";
        return RedirectToPage("/Familles/Fiche", new { id });
    }
}
