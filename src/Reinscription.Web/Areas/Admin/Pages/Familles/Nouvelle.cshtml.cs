using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>"Créer une famille": staff type the guardians; the identifier is made from the name and the account waits for its password link.</summary>
public class NouvelleModel(
    ReinscriptionDbContext db,
    IValidator<FamilyInput> validator,
    FamilyCreation creation) : PageModel
{
    [BindProperty]
    public FamilyInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await SiteChoicesAsync(cancellationToken);
        Input.SiteId = Sites.Count == 1 ? int.Parse(Sites[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        Input.IsResident = true;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sites = await SiteChoicesAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (Input.SiteId is null)
        {
            ModelState.AddModelError("Input.SiteId", "Choisissez le site de la famille.");
        }

        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        if (!await db.SitesOf(User.RequiredStaffId()).AnyAsync(s => s.Id == Input.SiteId, cancellationToken))
        {
            return NotFound();
        }

        var family = await creation.CreateAsync(Input.SiteId!.Value, Input, User, cancellationToken);
        TempData["Confirmation"] = $"Famille créée avec l'identifiant {family.Identifier}. Elle recevra le lien pour choisir son mot de passe au lancement des réinscriptions.";
        return RedirectToPage("/Familles/Fiche", new { id = family.Id });
    }

    private async Task<IReadOnlyList<SelectListItem>> SiteChoicesAsync(CancellationToken cancellationToken) =>
        await db.SitesOf(User.RequiredStaffId()).AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
}
