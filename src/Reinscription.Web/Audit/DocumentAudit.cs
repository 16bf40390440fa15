using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data;

namespace Reinscription.Web.Audit;

public static class DocumentAudit
{
    /// <summary>The family deleted <paramref name="document"/> (its row is gone): a line, saved at once in the caller's transaction.</summary>
    public static async Task AuditDocumentDeletionAsync(
        this ReinscriptionDbContext db,
        SubmittedDocument document,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var about = await db.Families.AsNoTracking().Where(f => f.Id == document.FamilyId)
            .Select(f => new
            {
                f.SiteId,
                f.Identifier,
                Requirement = db.DocumentRequirements.Where(r => r.Id == document.RequirementId).Select(r => r.Name).Single(),
            })
            .SingleAsync(cancellationToken);
        db.Audit(
            AuditActor.Family(document.FamilyId, about.SiteId, about.Identifier),
            now,
            about.SiteId,
            "document.deleted",
            "Document",
            document.Id,
            $"Document « {about.Requirement} » supprimé par la famille {about.Identifier}.",
            AuditLog.Diff(("État", document.State == DocumentState.Refused ? "Refusé" : "Fourni", "Supprimé")));
        await db.SaveChangesAsync(cancellationToken);
    }
}
