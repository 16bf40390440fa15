using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// The students a campaign concerns (those enrolled at the site the year before, and anyone with a request),
/// counted by stage and listed a page at a time. Two queries whatever the number of requests: the counts by
/// stage under every filter but the stage, then one page of rows (completed by lookups by the page's ids); the
/// documents' state is decided in SQL (<see cref="DocumentCompleteness"/>), so nothing is filtered or sorted in memory.
/// </summary>
public sealed class RequestList(ReinscriptionDbContext db, CampaignScope campaign, DateTimeOffset now)
{
    public const int PageSize = 50;

    public async Task<RequestListPage> LoadAsync(RequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var groups = await Filtered(filter, withDocuments: filter.MissingDocuments)
            .GroupBy(x => new { Status = (RequestStatus?)x.Request!.Status, Wish = (ReenrollmentWish?)x.Request.Wish })
            .Select(g => new { g.Key.Status, g.Key.Wish, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var counts = Enum.GetValues<RequestStage>().ToDictionary(
            stage => stage,
            stage => groups.Where(g => StageOf(g.Status, g.Wish) == stage).Sum(g => g.Count));
        var total = filter.Stage is { } chosen ? counts[chosen] : counts.Values.Sum();

        var rows = await Sorted(InStage(Filtered(filter, withDocuments: filter.MissingDocuments), filter.Stage), filter.Sort)
            .Skip((filter.Page - 1) * PageSize)
            .Take(PageSize)
            .Select(x => new RequestRow(
                x.Request == null ? null : (int?)x.Request.Id,
                x.Student.Id,
                Student.FullNameOf(x.Student.LastName, x.Student.FirstName),
                x.Family.Identifier,
                x.Family.Guardian1.LastName,
                x.Request == null ? null : (RequestStatus?)x.Request.Status,
                x.Request == null ? null : (ReenrollmentWish?)x.Request.Wish,
                x.Request == null ? null : x.Request.SubmittedAt))
            .ToListAsync(cancellationToken);
        return new RequestListPage(counts, total, await CompletedAsync(rows, cancellationToken), filter.Page, Math.Max(1, (total + PageSize - 1) / PageSize));
    }

    public static RequestStage StageOf(RequestStatus? status, ReenrollmentWish? wish) =>
        status is { } s && wish is { } w ? RequestStages.Of(s, w) : RequestStage.NotAnswered;

    /// <summary>
    /// The page's rows completed by three lookups by their ids: next year's courses (the slots a draft has chosen
    /// so far, else the enrolments: the slots taken at submission and any course assigned since) and the state of
    /// the documents, which PostgreSQL then computes for these students only.
    /// </summary>
    private async Task<IReadOnlyList<RequestRow>> CompletedAsync(List<RequestRow> rows, CancellationToken cancellationToken)
    {
        var studentIds = rows.Select(r => r.StudentId).ToList();
        var documents = await db.StudentDocuments(campaign.SiteId, campaign.TargetSchoolYearId, now)
            .Where(d => studentIds.Contains(d.StudentId))
            .ToDictionaryAsync(d => d.StudentId, cancellationToken);
        var drafts = rows.Where(r => r.Stage == RequestStage.Draft).Select(r => r.RequestId!.Value).ToList();
        var others = rows.Where(r => r.Stage != RequestStage.Draft).Select(r => r.StudentId).ToList();
        var chosen = (await db.CourseChoices.AsNoTracking()
                .Where(c => drafts.Contains(c.RequestId) && c.Continues && c.ChosenCourseId != null)
                .Select(c => new { c.RequestId, c.ChosenCourse!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.RequestId, c => c.Name);
        var enrolled = (await db.Enrollments.AsNoTracking()
                .Where(e => others.Contains(e.StudentId) && e.Course!.SchoolYearId == campaign.TargetSchoolYearId)
                .Select(e => new { e.StudentId, e.Course!.Name })
                .ToListAsync(cancellationToken))
            .ToLookup(e => e.StudentId, e => e.Name);
        return [.. rows.Select(r => r with
        {
            HasMissingDocuments = documents.GetValueOrDefault(r.StudentId)?.HasMissing == true,
            HasUnsettledDocuments = documents.GetValueOrDefault(r.StudentId)?.HasUnsettled == true,
            NextYearCourses = string.Join(", ", (r.Stage == RequestStage.Draft ? chosen[r.RequestId!.Value] : enrolled[r.StudentId]).Order(StringComparer.Ordinal)),
        })];
    }

    /// <summary>The students a campaign concerns: enrolled at its site the year before, or with a request in it.</summary>
    public static IQueryable<Student> StudentsOf(ReinscriptionDbContext db, CampaignScope campaign)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(campaign);
        return db.Students.AsNoTracking().Where(s =>
            s.Family!.SiteId == campaign.SiteId
            && (db.ReenrollmentRequests.Any(r => r.CampaignId == campaign.Id && r.StudentId == s.Id)
                || db.Enrollments.Any(e => e.StudentId == s.Id && e.IsActive && e.Course!.SchoolYearId == campaign.PreviousSchoolYearId
                                           && e.Course.SiteId == campaign.SiteId)));
    }

    /// <summary>
    /// The campaign's students with their request, and with the state of their documents when the filter asks:
    /// that part is computed for the whole site at once (a few tens of milliseconds), so only then.
    /// </summary>
    private IQueryable<CampaignStudent> Students(bool withDocuments)
    {
        var requests = db.ReenrollmentRequests.Where(r => r.CampaignId == campaign.Id);
        if (!withDocuments)
        {
            return from student in StudentsOf(db, campaign)
                   join inCampaign in requests on student.Id equals inCampaign.StudentId into theirs
                   from request in theirs.DefaultIfEmpty()
                   select new CampaignStudent { Student = student, Family = student.Family!, Request = request };
        }

        return from student in StudentsOf(db, campaign)
               join inCampaign in requests on student.Id equals inCampaign.StudentId into theirs
               from request in theirs.DefaultIfEmpty()
               join owed in db.StudentDocuments(campaign.SiteId, campaign.TargetSchoolYearId, now) on student.Id equals owed.StudentId into summaries
               from documents in summaries.DefaultIfEmpty()
               select new CampaignStudent { Student = student, Family = student.Family!, Request = request, Documents = documents };
    }

    /// <summary>Every filter but the stage, which the counts are broken down by.</summary>
    private IQueryable<CampaignStudent> Filtered(RequestFilter filter, bool withDocuments)
    {
        var students = Students(withDocuments);
        if (filter.DisciplineId is { } disciplineId)
        {
            students = students.Where(x =>
                db.Enrollments.Any(e => e.StudentId == x.Student.Id && e.Course!.DisciplineId == disciplineId
                                        && (e.Course.SchoolYearId == campaign.PreviousSchoolYearId || e.Course.SchoolYearId == campaign.TargetSchoolYearId))
                || (x.Request != null && x.Request.Choices.Any(c => c.ChosenCourse!.DisciplineId == disciplineId)));
        }

        if (filter.CourseId is { } courseId)
        {
            students = students.Where(x =>
                db.Enrollments.Any(e => e.StudentId == x.Student.Id && e.CourseId == courseId)
                || (x.Request != null && x.Request.Choices.Any(c => c.ChosenCourseId == courseId)));
        }

        if (filter.MissingDocuments)
        {
            // A student no requirement applies to has no summary (null): nothing is missing.
            students = students.Where(x => (bool?)x.Documents!.HasMissing == true);
        }

        if (filter.HasWishes)
        {
            students = students.Where(x => x.Request != null
                                           && (x.Request.FirstInstrumentWish != null || x.Request.SecondInstrumentWish != null
                                               || x.Request.CollectivePracticeWish != null || x.Request.NewDisciplines != null));
        }

        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            // Accents and case aside: "lefevre" finds Lefèvre, "chloe" finds Chloé.
            var pattern = SearchPatterns.Containing(filter.Search);
            students = students.Where(x =>
                EF.Functions.ILike(EF.Functions.Unaccent(x.Student.LastName + " " + x.Student.FirstName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(EF.Functions.Unaccent(x.Student.FirstName + " " + x.Student.LastName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(EF.Functions.Unaccent(x.Family.Guardian1.LastName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(EF.Functions.Unaccent(x.Family.Guardian2!.LastName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(x.Family.Identifier, pattern));
        }

        return students;
    }

    private static IQueryable<CampaignStudent> InStage(IQueryable<CampaignStudent> students, RequestStage? stage) => stage switch
    {
        null => students,
        RequestStage.NotAnswered => students.Where(x => x.Request == null || x.Request.Wish == ReenrollmentWish.Undecided),
        RequestStage.NotReenrolling => students.Where(x => x.Request != null && x.Request.Wish == ReenrollmentWish.DoNotReenrol),
        _ => students.Where(x => x.Request != null && x.Request.Wish == ReenrollmentWish.Reenrol && x.Request.Status == StatusOf(stage.Value)),
    };

    private static RequestStatus StatusOf(RequestStage stage) => stage switch
    {
        RequestStage.Submitted => RequestStatus.Submitted,
        RequestStage.Validated => RequestStatus.Validated,
        RequestStage.Refused => RequestStatus.Refused,
        _ => RequestStatus.Draft,
    };

    private static IQueryable<CampaignStudent> Sorted(IQueryable<CampaignStudent> students, RequestSort sort)
    {
        var sorted = sort switch
        {
            // Oldest first, as requests are examined; those not yet sent last.
            RequestSort.SubmittedAt => students
                .OrderBy(x => x.Request == null || x.Request.SubmittedAt == null)
                .ThenBy(x => x.Request!.SubmittedAt),
            RequestSort.Stage => students.OrderBy(x =>
                x.Request == null || x.Request.Wish == ReenrollmentWish.Undecided ? (int)RequestStage.NotAnswered
                : x.Request.Wish == ReenrollmentWish.DoNotReenrol ? (int)RequestStage.NotReenrolling
                : x.Request.Status == RequestStatus.Draft ? (int)RequestStage.Draft
                : x.Request.Status == RequestStatus.Submitted ? (int)RequestStage.Submitted
                : x.Request.Status == RequestStatus.Validated ? (int)RequestStage.Validated
                : (int)RequestStage.Refused),
            _ => students.OrderBy(x => x.Student.LastName),
        };
        return sorted.ThenBy(x => x.Student.LastName).ThenBy(x => x.Student.FirstName).ThenBy(x => x.Student.Id);
    }

    /// <summary>A student of the campaign with its family and its request, if it has one; composable in SQL.</summary>
    private sealed class CampaignStudent
    {
        public required Student Student { get; init; }

        public required Family Family { get; init; }

        public ReenrollmentRequest? Request { get; init; }

        /// <summary>Null when documents were not asked for, or when no requirement applies to the student.</summary>
        public StudentDocuments? Documents { get; init; }
    }
}

public sealed record RequestListPage(
    IReadOnlyDictionary<RequestStage, int> Counts,
    int Total,
    IReadOnlyList<RequestRow> Rows,
    int Page,
    int PageCount);

public sealed record RequestRow(
    int? RequestId,
    int StudentId,
    string StudentName,
    string FamilyIdentifier,
    string GuardianLastName,
    RequestStatus? Status,
    ReenrollmentWish? Wish,
    DateTimeOffset? SubmittedAt)
{
    public RequestStage Stage => RequestList.StageOf(Status, Wish);

    public string NextYearCourses { get; init; } = "";

    public bool HasMissingDocuments { get; init; }

    public bool HasUnsettledDocuments { get; init; }

    public string DocumentsLabel => HasMissingDocuments ? "Manquantes" : HasUnsettledDocuments ? "À valider" : "Complètes";
}
