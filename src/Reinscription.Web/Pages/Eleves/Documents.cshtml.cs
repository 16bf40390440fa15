using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Documents;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Documents fournis" tab: the student's lines (e.g. the dance medical certificate), with upload.</summary>
[UploadRequestLimit]
public class DocumentsModel(ReinscriptionDbContext db, DocumentUploads uploads) : PageModel
{
    [BindProperty]
    public DocumentUploadInput Upload { get; set; } = new();

    public StudentTabs Tabs { get; private set; } = null!;

    public PiecesTable Table { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // A handful of siblings: one round trip is cheaper than splitting the query.
        var familyId = User.RequiredFamilyId();
        var siblings = StudentChoice.Of(db, familyId);
        var student = await db.StudentsOf(familyId).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                s.Family,
                s.Family!.Site,
                Students = siblings.ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Tabs = new StudentTabs(id, student.Students, StudentTab.Documents);
        Table = await uploads.TableAsync(student.Family!, student.Site!, id, "Pièces à fournir - Élève", "pieces-eleve", cancellationToken);
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
