using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.FamilyImport;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Import;

/// <summary>
/// "Import depuis le logiciel de gestion": staff send the CSV; it is kept and checked (dry run)
/// before anything is written, on the verification page.
/// </summary>
[RequestSizeLimit(ImportFile.MaxBytes + 1024 * 1024)]
[RequestFormLimits(MultipartBodyLengthLimit = ImportFile.MaxBytes + 1024 * 1024)]
public class IndexModel(
    ReinscriptionDbContext db,
    IValidator<ImportUploadInput> validator,
    TimeProvider clock) : PageModel
{
    private const int RecentCount = 10;

    [BindProperty]
    public ImportUploadInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public IReadOnlyList<RecentImport> Recent { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    /// <summary>The model file, in UTF-8 with a BOM so that Excel opens its accents right.</summary>
    public FileContentResult OnGetModele() =>
        File([.. System.Text.Encoding.UTF8.GetPreamble(), .. System.Text.Encoding.UTF8.GetBytes(ImportColumns.Example())], "text/csv; charset=utf-8", "import-exemple.csv");

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await LoadAsync(cancellationToken);
            return Page();
        }

        var staffId = User.RequiredStaffId();
        if (!await db.SitesOf(staffId).AnyAsync(s => s.Id == Input.SiteId, cancellationToken))
        {
            return NotFound();
        }

        using var content = new MemoryStream();
        await Input.File!.CopyToAsync(content, cancellationToken);
        var fileName = Path.GetFileName(Input.File.FileName.Replace('\\', '/'));
        var file = new ImportFile(Input.SiteId!.Value, fileName.Length is > 0 and <= 255 ? fileName : "import.csv", content.ToArray(), staffId, clock.GetUtcNow());
        db.ImportFiles.Add(file);
        await db.SaveChangesAsync(cancellationToken);
        return RedirectToPage("/Import/Verification", new { id = file.Id });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId());
        Sites = await sites.AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
        Input.SiteId ??= Sites.Count == 1 ? int.Parse(Sites[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        var siteIds = sites.Select(s => s.Id);
        Recent = await db.ImportFiles.AsNoTracking()
            .Where(f => siteIds.Contains(f.SiteId))
            .OrderByDescending(f => f.UploadedAt).ThenByDescending(f => f.Id)
            .Take(RecentCount)
            .Select(f => new RecentImport(
                f.Id,
                f.FileName,
                db.Sites.Where(s => s.Id == f.SiteId).Select(s => s.Name).Single(),
                f.UploadedAt,
                f.ImportedAt))
            .ToListAsync(cancellationToken);
    }

    public sealed record RecentImport(int Id, string FileName, string Site, DateTimeOffset UploadedAt, DateTimeOffset? ImportedAt);
}
