using Reinscription.Domain.Campaigns;

namespace Reinscription.Web.Data;

/// <summary>Which campaign a site runs: the wizard and the documents pages both start here.</summary>
public static class CampaignQueries
{
    /// <summary>The site's re-enrolment campaign for next school year, if it has one.</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaignOf(this ReinscriptionDbContext db, int siteId) =>
        db.NextYearCampaigns().Where(c => c.SiteId == siteId);

    /// <summary>Every site's re-enrolment campaign for next school year (one at most per site).</summary>
    public static IQueryable<ReenrollmentCampaign> NextYearCampaigns(this ReinscriptionDbContext db) =>
        db.Campaigns.Where(c => db.SchoolYears.Any(y => y.IsCurrent && y.StartYear + 1 == c.TargetSchoolYear!.StartYear));
}
