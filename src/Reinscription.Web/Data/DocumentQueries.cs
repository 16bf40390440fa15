using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;

namespace Reinscription.Web.Data;

/// <summary>Which supporting documents a family (and each student) owes for a school year, and where each stands.</summary>
public static class DocumentQueries
{
    public static async Task<IReadOnlyList<RequirementStatus>> RequirementStatusesAsync(
        this ReinscriptionDbContext db,
        Family family,
        int schoolYearId,
        int? studentId,
        CancellationToken cancellationToken)
    {
        var scope = studentId is null ? RequirementScope.Family : RequirementScope.Student;
        var requirements = await db.DocumentRequirements.AsNoTracking()
            .Where(r => r.SiteId == family.SiteId && r.SchoolYearId == schoolYearId && r.Scope == scope)
            .OrderBy(r => r.SortOrder)
            .ToListAsync(cancellationToken);
        var disciplineIds = studentId is { } id
            ? (await db.Enrollments.AsNoTracking()
                .Where(e => e.StudentId == id && e.Course!.SchoolYear!.IsCurrent)
                .Select(e => e.Course!.DisciplineId)
                .ToListAsync(cancellationToken)).ToHashSet()
            : [];
        var context = new RequirementContext(family.IsResident, family.PaysBySepa, family.IsHosted, disciplineIds);
        var applicable = requirements.Where(r => r.AppliesTo(context)).ToList();
        var ids = applicable.Select(r => r.Id).ToList();
        var documents = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.FamilyId == family.Id && d.StudentId == studentId && ids.Contains(d.RequirementId))
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentLine(d.Id, d.RequirementId, d.File!.FileName, d.File.SizeBytes, d.UploadedAt, d.State, d.RefusalReason, d.PageCount))
            .ToListAsync(cancellationToken);
        return [.. applicable.Select(r => new RequirementStatus(r, documents.FirstOrDefault(d => d.RequirementId == r.Id)))];
    }
}

public sealed record RequirementStatus(DocumentRequirement Requirement, DocumentLine? Document)
{
    public DocumentState State => Document?.State ?? DocumentState.ToProvide;

    public bool IsMissing => Requirement.IsMandatory && State is DocumentState.ToProvide or DocumentState.Refused;
}

public sealed record DocumentLine(
    int Id,
    int RequirementId,
    string FileName,
    int SizeBytes,
    DateTimeOffset UploadedAt,
    DocumentState State,
    string? RefusalReason,
    int? PageCount);
