using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

/// <summary>What the launch page shows of a site: its campaign, who the launch reaches, the mailings so far.</summary>
public sealed class LaunchView
{
    /// <summary>Families without an address are listed in full up to this many: beyond, staff need the families' list.</summary>
    public const int UnreachableShown = 200;

    public required Site Site { get; init; }

    public ReenrollmentCampaign? Campaign { get; init; }

    public CampaignPhase? Phase { get; init; }

    public int Mailable { get; init; }

    public int NotStarted { get; init; }

    public int UnreachableCount { get; init; }

    public IReadOnlyList<UnreachableFamily> Unreachable { get; init; } = [];

    public IReadOnlyList<MailingProgress> Mailings { get; init; } = [];

    public MailingProgress? Launch => Mailings.FirstOrDefault(m => m.Kind == LaunchMailingKind.Launch);

    public int? LatestMailingId => Mailings.Count == 0 ? null : Mailings.Max(m => m.Id);

    public bool CanLaunch => Campaign is not null && Phase != CampaignPhase.Closed && Launch is null && Mailable > 0;

    public bool CanRemind => Campaign is not null && Phase != CampaignPhase.Closed && Launch is not null && NotStarted > 0;

    /// <summary>The site, if it is one of the staff member's, and its campaign for next year if it has one: what a click needs.</summary>
    public static async Task<(Site Site, ReenrollmentCampaign? Campaign)?> TargetAsync(
        ReinscriptionDbContext db,
        int staffId,
        int siteId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var site = await db.SitesOf(staffId).AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        return site is null
            ? null
            : (site, await db.NextYearCampaignOf(siteId, now).AsNoTracking().Include(c => c.TargetSchoolYear).SingleOrDefaultAsync(cancellationToken));
    }

    /// <summary>Null when the site is not one of the staff member's: the page answers 404.</summary>
    public static async Task<LaunchView?> LoadAsync(
        ReinscriptionDbContext db,
        int staffId,
        int siteId,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        if (await TargetAsync(db, staffId, siteId, now, cancellationToken) is not { } target)
        {
            return null;
        }

        var (site, campaign) = target;
        var mailable = db.MailableFamiliesOf(siteId);
        var notStarted = mailable.NotStartedIn(db, campaign?.Id ?? 0);
        var unreachable = db.FamiliesWithoutEmailOf(siteId);
        var counts = await db.Sites.Where(s => s.Id == siteId)
            .Select(s => new { Mailable = mailable.Count(), NotStarted = notStarted.Count(), Unreachable = unreachable.Count() })
            .SingleAsync(cancellationToken);
        var shown = counts.Unreachable == 0
            ? []
            : (await unreachable.AsNoTracking().OrderBy(f => f.Identifier).Take(UnreachableShown)
                    .Select(f => new { f.Identifier, f.Guardian1 })
                    .ToListAsync(cancellationToken))
                .Select(f => new UnreachableFamily(
                    f.Identifier,
                    $"{f.Guardian1.LastName.ToUpperInvariant()} {f.Guardian1.FirstName}",
                    f.Guardian1.MobilePhone ?? f.Guardian1.HomePhone ?? f.Guardian1.WorkPhone ?? ""))
                .ToList();
        return new LaunchView
        {
            Site = site,
            Campaign = campaign,
            Phase = campaign?.PhaseAt(now),
            Mailable = counts.Mailable,
            NotStarted = counts.NotStarted,
            UnreachableCount = counts.Unreachable,
            Unreachable = shown,
            Mailings = campaign is null ? [] : await db.MailingProgressAsync(campaign.Id, cancellationToken),
        };
    }
}

public sealed record UnreachableFamily(string Identifier, string Guardian, string Phone);
