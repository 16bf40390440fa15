using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.Famille;

/// <summary>Famille › Documents fournis: the family-level lines, with upload, replacement and deletion.</summary>
[UploadRequestLimit]
public class DocumentsModel(ReinscriptionDbContext db, DocumentUploads uploads) : PageModel
{
    [BindProperty]
    public DocumentUploadInput Upload { get; set; } = new();

    public string Identifier { get; private set; } = "";

    public PiecesTable Table { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Include(f => f.Site)
            .SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken);
        Identifier = family.Identifier;
        Table = await uploads.TableAsync(family, family.Site!, null, "Pièces à fournir - Famille", "pieces-famille", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostImporterAsync(CancellationToken cancellationToken) =>
        await this.AnswerAsync(
            await uploads.ImportAsync(User.RequiredFamilyId(), Upload, cancellationToken),
            () => OnGetAsync(cancellationToken));

    public async Task<IActionResult> OnPostSupprimerAsync(int documentId, CancellationToken cancellationToken) =>
        await this.AnswerAsync(
            await uploads.DeleteAsync(User.RequiredFamilyId(), documentId, cancellationToken),
            () => OnGetAsync(cancellationToken));
}
