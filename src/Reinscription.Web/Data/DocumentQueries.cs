using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Data;

/// <summary>Which supporting documents a family (and each student) owes for a school year, and where each stands.</summary>
public static class DocumentQueries
{
    /// <summary>The site's re-enrolment campaign for next school year, if it has one.</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaignOf(this ReinscriptionDbContext db, int siteId) =>
        db.NextYearCampaigns().Where(c => c.SiteId == siteId);

    /// <summary>Every site's re-enrolment campaign for next school year (one at most per site).</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaigns(this ReinscriptionDbContext db) =>
        db.Campaigns.Where(c => db.SchoolYears.Any(y => y.IsCurrent && y.StartYear + 1 == c.TargetSchoolYear!.StartYear));

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
        var campaign = await db.NextYearCampaignOf(siteId).AsNoTracking()
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
        var disciplines = studentIds.Count == 0
            ? Enumerable.Empty<(int StudentId, int DisciplineId)>().ToLookup(e => e.StudentId, e => e.DisciplineId)
            : (await db.Enrollments.AsNoTracking()
                .Where(e => studentIds.Contains(e.StudentId) && e.Course!.SchoolYear!.IsCurrent)
                .Select(e => new { e.StudentId, e.Course!.DisciplineId })
                .ToListAsync(cancellationToken)).ToLookup(e => e.StudentId, e => e.DisciplineId);
        // The CAF rule binds families of at least two children under 20: counted only where a line follows it.
        var today = ParisTime.Today(now);
        var cafRule = requirements.Any(r => r.Condition == RequirementCondition.CafRule)
                      && await db.Students.CountAsync(
                          s => s.FamilyId == family.Id && s.BirthDate > today.AddYears(-TariffFacts.CafRuleAge), cancellationToken)
                      >= TariffFacts.CafRuleChildren;
        var contexts = owners.Select(owner => new RequirementContext(
            family.IsResident, family.PaysBySepa, family.IsHosted, owner is { } id ? disciplines[id].ToHashSet() : [], cafRule)).ToList();
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

/// <param name="SchoolYearId">The year whose requirements the family sees.</param>
/// <param name="DocumentsDeadline">Null when no campaign sets one.</param>
/// <param name="AcceptsUploads">False before the campaign opens and from its documents deadline on.</param>
public sealed record DocumentsPeriod(int SchoolYearId, DateTimeOffset? DocumentsDeadline, bool AcceptsUploads);

/// <param name="CarriedOver">The document was validated in an earlier year and is still valid.</param>
/// <param name="Mandatory">Whether this family must provide it; the line's own rule when not given.</param>
public sealed record RequirementStatus(DocumentRequirement Requirement, DocumentLine? Document, bool CarriedOver = false, bool? Mandatory = null)
{
    public DocumentState State => Document?.State ?? DocumentState.ToProvide;

    public bool IsMandatory => Mandatory ?? Requirement.IsMandatory;

    /// <summary>The CAF attestation line owed under the CAF rule: the family is told why.</summary>
    public bool OwedUnderCafRule => Requirement.Condition == RequirementCondition.CafRule && IsMandatory;

    public bool IsMissing => IsMandatory && State is DocumentState.ToProvide or DocumentState.Refused;

    /// <summary>The family may upload a file, or a replacement, until staff have validated one.</summary>
    public bool AcceptsUpload => State != DocumentState.Validated;

    public string StateLabel => LabelOf(State, Document?.RefusalReason, CarriedOver);

    /// <summary>"À fournir", "Fourni", "Validé", "Validé (reconduit)" or "Refusé : motif", as families and staff read it.</summary>
    public static string LabelOf(DocumentState state, string? refusalReason, bool carriedOver = false) => state switch
    {
        DocumentState.Provided => "Fourni",
        DocumentState.Validated => carriedOver ? "Validé (reconduit)" : "Validé",
        DocumentState.Refused => $"Refusé : {refusalReason}",
        _ => "À fournir",
    };

    /// <summary>A short file stays visible with its warning until replaced; an image counts as one page.</summary>
    public IReadOnlyList<string> Warnings => Document is { } document && !CarriedOver
        ? FileInspector.PageWarnings(document.PageCount ?? 1, Requirement.ExpectedPageCount)
        : [];

    /// <summary>The anchor of the line, which a refusal e-mail links to.</summary>
    public string Anchor => AnchorOf(Requirement.Id);

    public static string AnchorOf(int requirementId) => "piece-" + requirementId.ToString(CultureInfo.InvariantCulture);
}

public sealed record DocumentLine(
    int Id,
    int RequirementId,
    DocumentKind Kind,
    string FileName,
    int SizeBytes,
    DateTimeOffset UploadedAt,
    DocumentState State,
    string? RefusalReason,
    int? PageCount,
    DateTimeOffset? ReviewedAt)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Date => ParisTime.FormatDate(UploadedAt);

    public string Time => ParisTime.ToLocal(UploadedAt).ToString("HH:mm", French);

    /// <summary>"0,25": megabytes with a French decimal comma, as the size limit is announced.</summary>
    public string SizeMegabytes => (SizeBytes / (1024m * 1024m)).ToString("0.00", French);
}
