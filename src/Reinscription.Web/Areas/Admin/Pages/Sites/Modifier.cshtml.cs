using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Sites;

/// <summary>A site's settings, for the admins of that site: contact, texts, links, legal notice, password and upload rules.</summary>
public class ModifierModel(ReinscriptionDbContext db, IValidator<SiteSettingsInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public SiteSettingsInput Input { get; set; } = new();

    public string SiteName { get; private set; } = "";

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var site = await FindAsync(id, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        SiteName = site.Name;
        Input = SiteSettingsInput.From(site);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        var site = await FindAsync(id, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        SiteName = site.Name;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var before = SiteSettingsInput.From(site);
        Input.ApplyTo(site);
        db.Audit(User, clock.GetUtcNow(), site.Id, "site.edited", "Site", site.Id, $"Paramètres du site {site.Name} modifiés.", AuditLog.Diff(before.Fields, SiteSettingsInput.From(site).Fields));
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = "Les paramètres du site sont enregistrés.";
        return RedirectToPage(new { id });
    }

    private Task<Site?> FindAsync(int id, CancellationToken cancellationToken) =>
        db.SitesAdministeredBy(User.RequiredStaffId()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
}
