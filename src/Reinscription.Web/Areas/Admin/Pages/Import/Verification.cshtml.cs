using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.FamilyImport;

namespace Reinscription.Web.Areas.Admin.Pages.Import;

/// <summary>
/// The dry run of a file sent for import: every line with what it would create or change, every
/// refused line with its reason; then "Importer", which writes all of it or nothing.
/// </summary>
public class VerificationModel(ReinscriptionDbContext db, FamilyImporter importer) : PageModel
{
    public ImportFile Upload { get; private set; } = null!;

    public string SiteName { get; private set; } = "";

    public ImportPlan Plan { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Plan = await importer.CheckAsync(Upload, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await importer.ImportAsync(id, AuditActor.Of(User), cancellationToken);
        if (result.Imported)
        {
            Confirmation = $"Import effectué : {result.Plan.Summary}.";
        }
        else if (result.AlreadyImported)
        {
            Confirmation = "Ce fichier était déjà importé : rien n'a changé.";
        }
        else
        {
            Refusal = "L'import n'a rien enregistré : corrigez les lignes refusées dans le logiciel de gestion ou le fichier, puis envoyez-le à nouveau.";
        }

        return RedirectToPage(new { id });
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId());
        var found = await db.ImportFiles.AsNoTracking()
            .Where(f => f.Id == id)
            .Join(sites, f => f.SiteId, s => s.Id, (f, s) => new { File = f, Site = s.Name })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return false;
        }

        Upload = found.File;
        SiteName = found.Site;
        return true;
    }
}
