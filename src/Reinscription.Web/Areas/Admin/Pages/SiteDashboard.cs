using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Areas.Admin.Pages;

/// <summary>
/// Where a site's season stands, in a handful of aggregate queries whatever the number of families:
/// the campaign's answers, the work waiting for staff, the launch mailing, next year's seats.
/// </summary>
public sealed class SiteDashboard
{
    public ReenrollmentCampaign? Campaign { get; private init; }

    public string? Countdown { get; private init; }

    /// <summary>Students expected to answer: enrolled this year, or with a request in the campaign.</summary>
    public int Students { get; private init; }

    /// <summary>Students by stage, as the requests list counts and filters them.</summary>
    public IReadOnlyDictionary<RequestStage, int> Stages { get; private init; } = new Dictionary<RequestStage, int>();

    public int DocumentsToReview { get; private init; }

    public int PendingChanges { get; private init; }

    public int FamiliesWithoutEmail { get; private init; }

    public IReadOnlyList<MailingProgress> Mailings { get; private init; } = [];

    public IReadOnlyList<CourseFill> Courses { get; private init; } = [];

    public string? CoursesYear { get; private init; }

    public int StageCount(RequestStage stage) => Stages.GetValueOrDefault(stage);

    public static async Task<SiteDashboard> LoadAsync(ReinscriptionDbContext db, int siteId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var campaign = await db.NextYearCampaignOf(siteId, now).AsNoTracking().Include(c => c.TargetSchoolYear).SingleOrDefaultAsync(cancellationToken);
        var campaignId = campaign?.Id ?? 0;
        var documents = db.SubmittedDocuments.Where(d => d.State == DocumentState.Provided && d.Family!.SiteId == siteId);
        var changes = db.PendingChanges.Where(c => c.Status == ChangeStatus.Pending && c.Family!.SiteId == siteId);
        var unreachable = db.FamiliesWithoutEmailOf(siteId);
        var students = db.Students.Where(s => s.Family!.SiteId == siteId
            && (db.Enrollments.Any(e => e.StudentId == s.Id && e.Course!.SchoolYear!.IsCurrent)
                || db.ReenrollmentRequests.Any(r => r.CampaignId == campaignId && r.StudentId == s.Id)));
        var counts = await db.Sites.Where(s => s.Id == siteId)
            .Select(s => new
            {
                Students = students.Count(),
                Documents = documents.Count(),
                Changes = changes.Count(),
                Unreachable = unreachable.Count(),
                NextYear = db.SchoolYears.Where(y => y.IsCurrent).Select(y => (int?)y.StartYear + 1).FirstOrDefault(),
            })
            .SingleAsync(cancellationToken);
        var requests = campaign is null
            ? []
            : await db.ReenrollmentRequests
                .Where(r => r.CampaignId == campaignId && students.Any(s => s.Id == r.StudentId))
                .GroupBy(r => new { r.Wish, r.Status })
                .Select(g => new { g.Key.Wish, g.Key.Status, Count = g.Count() })
                .ToListAsync(cancellationToken);
        var stages = requests.GroupBy(r => RequestStages.Of(r.Status, r.Wish)).ToDictionary(g => g.Key, g => g.Sum(r => r.Count));
        stages[RequestStage.NotAnswered] = counts.Students - stages.Where(a => a.Key != RequestStage.NotAnswered).Sum(a => a.Value);

        var year = campaign?.TargetSchoolYear?.StartYear ?? counts.NextYear;
        return new SiteDashboard
        {
            Campaign = campaign,
            Countdown = campaign is null ? null : CampaignCountdown.Describe(campaign.OpensAt, campaign.ClosesAt, now),
            Students = counts.Students,
            Stages = stages,
            DocumentsToReview = counts.Documents,
            PendingChanges = counts.Changes,
            FamiliesWithoutEmail = counts.Unreachable,
            Mailings = campaign is null ? [] : await db.MailingProgressAsync(campaignId, cancellationToken),
            Courses = year is null ? [] : await CoursesAsync(db, siteId, year.Value, cancellationToken),
            CoursesYear = year is null ? null : $"{year}-{year + 1}",
        };
    }

    /// <summary>Next year's courses, fullest first: where seats run out is what staff watch during a campaign.</summary>
    private static async Task<IReadOnlyList<CourseFill>> CoursesAsync(ReinscriptionDbContext db, int siteId, int startYear, CancellationToken cancellationToken) =>
        [.. (await db.Courses.AsNoTracking()
                .Where(c => c.SiteId == siteId && c.SchoolYear!.StartYear == startYear)
                .OrderByDescending(c => c.Capacity == 0 ? 1.0 : (double)c.SeatsTaken / c.Capacity)
                .ThenBy(c => c.Capacity - c.SeatsTaken).ThenBy(c => c.Name)
                .Select(c => new { Course = c, Discipline = c.Discipline!.Name })
                .ToListAsync(cancellationToken))
            .Select(c => new CourseFill(c.Discipline, c.Course.SlotLabel, c.Course.ChoiceMode, c.Course.SeatsTaken, c.Course.Capacity))];
}

public sealed record CourseFill(string Discipline, string Slot, ChoiceMode ChoiceMode, int SeatsTaken, int Capacity)
{
    public int SeatsLeft => Capacity - SeatsTaken;
}
