using System.Linq.Expressions;
using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data;

/// <summary>Which campaign a site runs: the wizard and the documents pages both start here.</summary>
public static class CampaignQueries
{
    /// <summary>The site's re-enrolment campaign for next school year that families see now, if it has one.</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaignOf(this ReinscriptionDbContext db, int siteId, DateTimeOffset now) =>
        db.NextYearCampaigns(now).Where(c => c.SiteId == siteId);

    /// <summary>Every re-enrolment campaign for next school year (a site may have several, one after the other).</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaigns(this ReinscriptionDbContext db) => NextYearCampaignsCompiled(db);

    /// <summary>
    /// Each site's campaign for next school year that families see at <paramref name="now"/> (one at
    /// most per site): the open one, else the next to open, else the last closed, as
    /// <see cref="ReenrollmentCampaign.ShownToFamilies"/> says.
    /// </summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaigns(this ReinscriptionDbContext db, DateTimeOffset now) =>
        ShownNextYearCampaignsCompiled(db, now);

    /// <summary>The rule of <see cref="NextYearCampaigns(ReinscriptionDbContext)"/>, for queries compiled once (<see cref="QueryRules"/>).</summary>
    internal static readonly Expression<Func<ReinscriptionDbContext, IQueryable<ReenrollmentCampaign>>> NextYearCampaignsRule =
        db => db.Campaigns.Where(c => db.SchoolYears.Any(y => y.IsCurrent && y.StartYear + 1 == c.TargetSchoolYear!.StartYear));

    /// <summary>
    /// The rule of <see cref="NextYearCampaigns(ReinscriptionDbContext, DateTimeOffset)"/>. Campaigns of a site and
    /// year never overlap, so "no other campaign of the site and year comes first" picks exactly one.
    /// </summary>
    internal static readonly Expression<Func<ReinscriptionDbContext, DateTimeOffset, IQueryable<ReenrollmentCampaign>>> ShownNextYearCampaignsRule =
        (db, now) => db.NextYearCampaigns().Where(c => !db.Campaigns.Any(o =>
            o.SiteId == c.SiteId && o.TargetSchoolYearId == c.TargetSchoolYearId && o.Id != c.Id
            && (o.ClosesAt > now
                ? c.ClosesAt <= now || o.OpensAt < c.OpensAt
                : c.ClosesAt <= now && o.ClosesAt > c.ClosesAt)));

    private static readonly Func<ReinscriptionDbContext, IQueryable<ReenrollmentCampaign>> NextYearCampaignsCompiled = NextYearCampaignsRule.Compile();

    private static readonly Func<ReinscriptionDbContext, DateTimeOffset, IQueryable<ReenrollmentCampaign>> ShownNextYearCampaignsCompiled =
        ShownNextYearCampaignsRule.Compile();
}
