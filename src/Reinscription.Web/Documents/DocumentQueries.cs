using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Documents;

/// <summary>Which supporting documents a family (and each student) owes for a school year, and where each stands.</summary>
public static class DocumentQueries
{
    /// <summary>
    /// The year a family's documents are collected for: the one its site re-enrols for while a
    /// campaign exists, otherwise the current one, which has no documents deadline.
    /// </summary>
    public static async Task<DocumentsPeriod> DocumentsPeriodAsync(
        this ReinscriptionDbContext db,
        int siteId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var campaign = await db.NextYearCampaignOf(siteId, now).AsNoTracking()
            .Select(c => new { c.TargetSchoolYearId, c.OpensAt, c.DocumentsDeadline, Accepts = c.OpensAt <= now && now < c.DocumentsDeadline })
            .SingleOrDefaultAsync(cancellationToken);
        return campaign is null
            ? new DocumentsPeriod(
                await db.SchoolYears.Where(y => y.IsCurrent).Select(y => y.Id).SingleAsync(cancellationToken), null, true)
            : new DocumentsPeriod(campaign.TargetSchoolYearId, campaign.DocumentsDeadline, campaign.Accepts);
    }

    /// <summary>Where each requirement of the family (<paramref name="studentId"/> null) or of one student stands.</summary>
    public static async Task<IReadOnlyList<RequirementStatus>> RequirementStatusesAsync(
        this ReinscriptionDbContext db,
        Family family,
        int schoolYearId,
        int? studentId,
        DateTimeOffset now,
        CancellationToken cancellationToken) =>
        (await db.RequirementStatusesAsync(family, schoolYearId, [studentId], now, cancellationToken))[0];

    /// <summary>
    /// Where each requirement stands for each owner (null for the family itself, else a student id), in
    /// the order given, in three queries whatever the number of owners.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<RequirementStatus>>> RequirementStatusesAsync(
        this ReinscriptionDbContext db,
        Family family,
        int schoolYearId,
        IReadOnlyList<int?> owners,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(owners);
        var scopes = owners.Select(ScopeOf).Distinct().ToList();
        var requirements = await db.DocumentRequirements.AsNoTracking()
            .Where(r => r.SiteId == family.SiteId && r.SchoolYearId == schoolYearId && scopes.Contains(r.Scope))
            .OrderBy(r => r.SortOrder)
            .ToListAsync(cancellationToken);
        var studentIds = owners.OfType<int>().ToList();

        // Each student's birth date (is the student of age?) and this year's disciplines, in one query.
        var students = (studentIds.Count == 0
                ? []
                : await db.Students.AsNoTracking()
                    .Where(s => studentIds.Contains(s.Id))
                    .Select(s => new StudentFacts(
                        s.Id,
                        s.BirthDate,
                        db.Enrollments.Where(e => e.StudentId == s.Id && e.Course!.SchoolYear!.IsCurrent)
                            .Select(e => e.Course!.DisciplineId).ToList()))
                    .ToListAsync(cancellationToken))
            .ToDictionary(s => s.Id);
        var today = ParisTime.Today(now);

        // The CAF rule binds families of at least two children under 20: counted only where a line follows it.
        var cafRule = requirements.Any(r => r.Condition == RequirementCondition.CafRule)
                      && await db.Students.CountAsync(
                          s => s.FamilyId == family.Id && s.BirthDate > today.AddYears(-TariffFacts.CafRuleAge), cancellationToken)
                      >= TariffFacts.CafRuleChildren;
        var contexts = owners.Select(owner =>
        {
            var student = owner is { } id ? students.GetValueOrDefault(id) : null;
            return new RequirementContext(
                family.IsResident,
                family.PaysBySepa,
                family.IsHosted,
                student is null ? [] : student.DisciplineIds.ToHashSet(),
                IsAdult: student is not null && Student.IsAdult(student.BirthDate, today),
                MustProvideCafAttestation: cafRule);
        }).ToList();
        var applicable = owners.Select((owner, i) =>
            requirements.Where(r => r.Scope == ScopeOf(owner) && r.AppliesTo(contexts[i])).ToList()).ToList();
        var anyOwner = applicable.SelectMany(a => a).Distinct().ToList();
        var ids = anyOwner.Select(r => r.Id).ToList();

        // A document validated in an earlier year for a requirement that keeps it valid (a SEPA
        // mandate, an identity document) spares the family the same upload this year.
        var lasting = anyOwner.Where(r => r.ValidityMonths is not null).Select(r => r.Kind).Distinct().ToList();
        var longestMonths = anyOwner.Max(r => r.ValidityMonths) ?? 0;
        var oldestKept = now.AddMonths(-longestMonths);
        var ofFamily = owners.Contains(null);
        var documents = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.FamilyId == family.Id && (d.StudentId == null ? ofFamily : studentIds.Contains(d.StudentId.Value)))
            .Where(d => ids.Contains(d.RequirementId)
                        || (d.State == DocumentState.Validated && lasting.Contains(d.Requirement!.Kind)
                            && d.Requirement.SiteId == family.SiteId && d.Requirement.SchoolYearId != schoolYearId
                            && d.ReviewedAt >= oldestKept))
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new
            {
                d.StudentId,
                Line = new DocumentLine(
                    d.Id, d.RequirementId, d.Requirement!.Kind, d.File!.FileName, d.File.SizeBytes, d.UploadedAt, d.State,
                    d.RefusalReason, d.PageCount, d.ReviewedAt),
            })
            .ToListAsync(cancellationToken);
        return [.. owners.Select((owner, i) =>
        {
            var owned = documents.Where(d => d.StudentId == owner).Select(d => d.Line).ToList();
            return (IReadOnlyList<RequirementStatus>)[.. applicable[i].Select(r => Status(r, owned, now) with { Mandatory = r.IsMandatoryFor(contexts[i]) })];
        })];
    }

    private sealed record StudentFacts(int Id, DateOnly BirthDate, List<int> DisciplineIds);

    private static RequirementScope ScopeOf(int? owner) => owner is null ? RequirementScope.Family : RequirementScope.Student;

    private static RequirementStatus Status(DocumentRequirement requirement, List<DocumentLine> documents, DateTimeOffset now)
    {
        if (documents.FirstOrDefault(d => d.RequirementId == requirement.Id) is { } own)
        {
            return new RequirementStatus(requirement, own, CarriedOver: false);
        }

        var carried = requirement.ValidityMonths is { } months
            ? documents.FirstOrDefault(d => d.Kind == requirement.Kind && d.RequirementId != requirement.Id
                                            && d.ReviewedAt >= now.AddMonths(-months))
            : null;
        return new RequirementStatus(requirement, carried, carried is not null);
    }
}
