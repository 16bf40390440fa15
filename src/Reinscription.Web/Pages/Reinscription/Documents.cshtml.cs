using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 3: the supporting documents the family and the student owe for next year, with upload. The
/// step may be skipped: documents are accepted until the campaign's documents deadline.
/// </summary>
[UploadRequestLimit]
public class DocumentsModel(ReinscriptionDbContext db, TimeProvider clock, DocumentUploads uploads) : WizardStepModel(db, clock)
{
    public override int StepNumber => 3;

    [BindProperty]
    public DocumentUploadInput Upload { get; set; } = new();

    public PiecesTable FamilyDocuments { get; private set; } = null!;

    public PiecesTable StudentDocuments { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var family = Wizard.Student.Family!;
        FamilyDocuments = await uploads.TableAsync(family, family.Site!, null, "Pièces à fournir - Famille", "pieces-famille", cancellationToken);
        StudentDocuments = await uploads.TableAsync(family, family.Site!, id, "Pièces à fournir - Élève", "pieces-eleve", cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken) =>
        await EnterAsync(id, cancellationToken) ?? await SaveAndGoOnAsync(cancellationToken);

    public async Task<IActionResult> OnPostImporterAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        // The form says whether the line is the family's or the student's; only this student may be named.
        if (Upload.StudentId is not null)
        {
            Upload.StudentId = id;
        }

        return await this.AnswerAsync(
            await uploads.ImportAsync(User.RequiredFamilyId(), Upload, cancellationToken),
            () => OnGetAsync(id, cancellationToken));
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int id, int documentId, CancellationToken cancellationToken) =>
        await EnterAsync(id, cancellationToken)
        ?? await this.AnswerAsync(
            await uploads.DeleteAsync(User.RequiredFamilyId(), documentId, cancellationToken),
            () => OnGetAsync(id, cancellationToken));
}
