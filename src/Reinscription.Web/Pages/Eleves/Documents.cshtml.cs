using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Documents fournis" tab: the student's lines (e.g. the dance medical certificate), with upload.</summary>
[UploadRequestLimit]
public class DocumentsModel(ReinscriptionDbContext db, DocumentUploads uploads) : StudentTabModel(db, StudentTab.Documents)
{
    [BindProperty]
    public DocumentUploadInput Upload { get; set; } = new();

    public PiecesTable Table { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, s => new { s.Family, s.Family!.Site }, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        var (family, site) = (loaded.Family!, loaded.Site!);
        Table = await uploads.TableAsync(family, site, id, "Pièces à fournir - Élève", "pieces-eleve", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImporterAsync(int id, CancellationToken cancellationToken)
    {
        Upload.StudentId = id;
        return await this.AnswerAsync(
            await uploads.ImportAsync(User.RequiredFamilyId(), Upload, cancellationToken),
            () => OnGetAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int id, int documentId, CancellationToken cancellationToken) =>
        await this.AnswerAsync(
            await uploads.DeleteAsync(User.RequiredFamilyId(), documentId, cancellationToken),
            () => OnGetAsync(id, cancellationToken));
}
