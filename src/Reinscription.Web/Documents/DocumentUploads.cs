using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Documents;

/// <summary>
/// Import, replace and delete for the three pages that show a family's requirements (Famille,
/// Élève, wizard step 3): one set of rules, whichever page the parent uses.
/// </summary>
public sealed class DocumentUploads(
    ReinscriptionDbContext db, IValidator<DocumentUploadInput> validator, TimeProvider clock, ClamdScanner antivirus)
{
    /// <summary>The most a site may accept per file (its setting is validated against it).</summary>
    public const int LargestFileBytes = 10 * 1024 * 1024;

    /// <summary>
    /// Well above <see cref="LargestFileBytes"/>, so that the usual oversized files, a phone photo at full
    /// resolution or an unshrunk scan, reach the size check and get its French message next to their
    /// line. The form reader holds the file on disk until then; it is read into memory only once its size
    /// is accepted. A request above this gets the French 413 page (<see cref="UploadRequestLimitAttribute"/>).
    /// </summary>
    public const long RequestLimitBytes = 32 * 1024 * 1024;

    /// <summary>
    /// PDF inspection is bounded per file (decision record 010); this bounds how many run at once, so
    /// that hostile files at the same time cannot take every core or add up their memory.
    /// </summary>
    private static readonly SemaphoreSlim Inspections = new(Math.Max(1, Environment.ProcessorCount - 1));

    /// <summary>The lines of <paramref name="family"/>, or of one of its students, for the year documents are collected for.</summary>
    public async Task<PiecesTable> TableAsync(Family family, Site site, int? studentId, string caption, string id, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(family);
        var now = clock.GetUtcNow();
        var period = await db.DocumentsPeriodAsync(family.SiteId, now, cancellationToken);
        var lines = await db.RequirementStatusesAsync(family, period.SchoolYearId, studentId, now, cancellationToken);
        return new PiecesTable(caption, id, lines, studentId, period, PiecesTable.RulesOf(site));
    }

    public async Task<UploadResult> ImportAsync(int familyId, DocumentUploadInput input, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Include(f => f.Site).SingleAsync(f => f.Id == familyId, cancellationToken);
        if (input.StudentId is { } studentId && !await db.StudentsOf(familyId).AnyAsync(s => s.Id == studentId, cancellationToken))
        {
            return UploadResult.NotFound;
        }

        var now = clock.GetUtcNow();
        var period = await db.DocumentsPeriodAsync(family.SiteId, now, cancellationToken);

        // Only a line the family is shown may receive a file: another site's, another year's or a
        // line that does not apply to it is as unknown as a made-up id.
        var status = (await db.RequirementStatusesAsync(family, period.SchoolYearId, input.StudentId, now, cancellationToken))
            .FirstOrDefault(s => s.Requirement.Id == input.RequirementId);
        if (status is null)
        {
            return UploadResult.NotFound;
        }

        var requirementId = status.Requirement.Id;
        if (!period.AcceptsUploads)
        {
            return UploadResult.Refused(requirementId, Closed(period));
        }

        if (!status.AcceptsUpload)
        {
            return UploadResult.Refused(requirementId, AlreadyValidated);
        }

        var validation = await validator.ValidateAsync(input, cancellationToken);
        if (!validation.IsValid)
        {
            return UploadResult.Refused(requirementId, validation.Errors[0].ErrorMessage);
        }

        var expected = UploadExpectations.For(family.Site!, status.Requirement);
        if (FileInspector.RefuseSize(input.File!.Length, expected) is { } tooLarge)
        {
            return UploadResult.Refused(requirementId, tooLarge.Message);
        }

        var content = await ReadAsync(input.File, cancellationToken);

        // Before our own parser reads it: a file known to be malicious never reaches PdfPig.
        switch (await antivirus.ScanAsync(content, cancellationToken))
        {
            case ScanVerdict.Infected:
                return UploadResult.Refused(requirementId,
                    "Notre antivirus a détecté un virus dans ce fichier : il n'a pas été enregistré. "
                    + "Analysez votre appareil, puis envoyez une copie saine du document.");
            case ScanVerdict.Unavailable:
                return UploadResult.Refused(requirementId,
                    "La vérification antivirus des fichiers est momentanément indisponible : votre fichier n'a pas été enregistré. "
                    + "Réessayez plus tard.");
        }

        InspectionResult inspection;
        await Inspections.WaitAsync(cancellationToken);
        try
        {
            inspection = FileInspector.Inspect(content, input.File.FileName, expected, ParisTime.Today(now));
        }
        finally
        {
            Inspections.Release();
        }

        if (inspection is FileRefused refused)
        {
            return UploadResult.Refused(requirementId, refused.Message);
        }

        var accepted = (FileAccepted)inspection;

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The lock makes a replacement and a staff decision on the same line take turns: once staff
        // have validated the file it can no longer be swapped from under them.
        var previous = await db.SubmittedDocuments
            .FromSql($"""SELECT * FROM "SubmittedDocuments" WHERE "FamilyId" = {familyId} AND "RequirementId" = {requirementId} FOR UPDATE""")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        previous.RemoveAll(d => d.StudentId != input.StudentId);
        if (previous.Any(d => d.State == DocumentState.Validated))
        {
            return UploadResult.Refused(requirementId, AlreadyValidated);
        }

        var replacedFiles = previous.Select(d => d.FileId).ToList();

        // Deleting the file deletes its row too (ON DELETE CASCADE): neither outlives the other.
        await db.StoredFiles.Where(f => replacedFiles.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
        var document = new SubmittedDocument(
            requirementId, familyId, input.StudentId, new StoredFile(accepted.FileName, accepted.ContentType, content), now)
        {
            PageCount = accepted.PageCount,
            InspectionHints = accepted.Hints,
        };
        db.SubmittedDocuments.Add(document);
        await db.SaveChangesAsync(cancellationToken);
        db.Audit(AuditActor.Family(familyId, family.SiteId, family.Identifier), now, family.SiteId, previous.Count == 0 ? "document.uploaded" : "document.replaced", "Document", document.Id, $"Document « {status.Requirement.Name} » {(previous.Count == 0 ? "importé" : "remplacé")} par la famille {family.Identifier}.", AuditLog.Diff(("Fichier", previous.Count == 0 ? null : $"document n° {previous[0].Id}", accepted.FileName)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UploadResult.Done(
            requirementId,
            previous.Count == 0 ? $"Fichier {accepted.FileName} importé." : $"Fichier remplacé par {accepted.FileName}.");
    }

    public async Task<UploadResult> DeleteAsync(int familyId, int documentId, CancellationToken cancellationToken)
    {
        var document = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.Id == documentId && d.FamilyId == familyId)
            .Select(d => new { d.RequirementId, d.Family!.SiteId })
            .SingleOrDefaultAsync(cancellationToken);
        if (document is null)
        {
            return UploadResult.NotFound;
        }

        var period = await db.DocumentsPeriodAsync(document.SiteId, clock.GetUtcNow(), cancellationToken);
        if (!period.AcceptsUploads)
        {
            return UploadResult.Refused(document.RequirementId, Closed(period));
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var locked = await db.SubmittedDocuments
            .FromSql($"""SELECT * FROM "SubmittedDocuments" WHERE "Id" = {documentId} AND "FamilyId" = {familyId} FOR UPDATE""")
            .AsNoTracking()
            .SingleOrDefaultAsync(cancellationToken);
        if (locked is null)
        {
            return UploadResult.NotFound;
        }

        if (locked.State == DocumentState.Validated)
        {
            return UploadResult.Refused(locked.RequirementId, "Ce document a été validé par le conservatoire : il ne peut plus être supprimé.");
        }

        await db.StoredFiles.Where(f => f.Id == locked.FileId).ExecuteDeleteAsync(cancellationToken);
        await db.AuditDocumentDeletionAsync(locked, clock.GetUtcNow(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return UploadResult.Done(locked.RequirementId, "Document supprimé.");
    }

    private const string AlreadyValidated = "Ce document a été validé par le conservatoire : il ne peut plus être remplacé.";

    private static string Closed(DocumentsPeriod period) =>
        period.DocumentsDeadline is { } deadline
            ? $"Le dépôt des documents est clos (date limite : {ParisTime.Format(deadline)})."
            : "Le dépôt des documents est clos.";

    private static async Task<byte[]> ReadAsync(IFormFile file, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream((int)Math.Min(file.Length, LargestFileBytes));
        await file.CopyToAsync(buffer, cancellationToken);
        return buffer.ToArray();
    }
}

public enum UploadOutcome
{
    Done,
    Refused,
    NotFound,
}

/// <param name="Message">Shown to the family: a confirmation, or next to the line, why nothing was stored.</param>
public sealed record UploadResult(UploadOutcome Outcome, int RequirementId, string Message)
{
    public static readonly UploadResult NotFound = new(UploadOutcome.NotFound, 0, "");

    public static UploadResult Done(int requirementId, string message) => new(UploadOutcome.Done, requirementId, message);

    public static UploadResult Refused(int requirementId, string message) => new(UploadOutcome.Refused, requirementId, message);
}

public static class UploadAnswers
{
    /// <summary>
    /// What every documents page answers: 404 for a line or file that is not the family's, the
    /// refusal next to its line on the page shown again, or back to the line (Post/Redirect/Get).
    /// </summary>
    public static async Task<IActionResult> AnswerAsync(this PageModel page, UploadResult result, Func<Task<IActionResult>> showAgain)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(showAgain);
        var anchor = RequirementStatus.AnchorOf(result.RequirementId);
        switch (result.Outcome)
        {
            case UploadOutcome.NotFound:
                return page.NotFound();
            case UploadOutcome.Refused:
                page.ModelState.AddModelError(anchor, result.Message);
                return await showAgain();
            default:
                page.TempData["Confirmation"] = result.Message;
                return page.RedirectToPage(null, null, null, anchor);
        }
    }
}
