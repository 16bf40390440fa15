using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// The campaign the requests pages work on, always one of the staff member's sites: the one asked for,
/// or by default the next-year campaign of their first site that has one, else their latest campaign.
/// </summary>
public sealed record CampaignScope(
    int Id,
    int SiteId,
    string SiteName,
    int TargetSchoolYearId,
    string YearLabel,
    int? PreviousSchoolYearId)
{
    public string Label => $"{SiteName} - {YearLabel}";

    /// <summary>Null when the campaign is not one of the staff member's sites (or they have none): the page answers 404.</summary>
    public static async Task<CampaignScope?> FindAsync(
        ReinscriptionDbContext db,
        int staffId,
        int? campaignId,
        CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        var nextYear = db.NextYearCampaigns().Select(c => c.Id);
        var campaigns = db.Campaigns.AsNoTracking().Where(c => sites.Contains(c.SiteId));
        campaigns = campaignId is { } id
            ? campaigns.Where(c => c.Id == id)
            : campaigns.OrderByDescending(c => nextYear.Contains(c.Id)).ThenBy(c => c.Site!.Name).ThenByDescending(c => c.TargetSchoolYear!.StartYear);
        var found = await campaigns
            .Select(c => new
            {
                c.Id,
                c.SiteId,
                Site = c.Site!.Name,
                c.TargetSchoolYearId,
                c.TargetSchoolYear!.StartYear,
                PreviousYearId = db.SchoolYears.Where(y => y.StartYear == c.TargetSchoolYear.StartYear - 1).Select(y => (int?)y.Id).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        return found is null
            ? null
            : new CampaignScope(found.Id, found.SiteId, found.Site, found.TargetSchoolYearId, SchoolYear.LabelOf(found.StartYear), found.PreviousYearId);
    }

    /// <summary>Every campaign of the staff member's sites, for the picker.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> ChoicesAsync(
        ReinscriptionDbContext db,
        int staffId,
        int selected,
        CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        var campaigns = await db.Campaigns.AsNoTracking()
            .Where(c => sites.Contains(c.SiteId))
            .OrderBy(c => c.Site!.Name).ThenByDescending(c => c.TargetSchoolYear!.StartYear)
            .Select(c => new { c.Id, Site = c.Site!.Name, c.TargetSchoolYear!.StartYear })
            .ToListAsync(cancellationToken);
        return [.. campaigns.Select(c => new SelectListItem(
            $"{c.Site} - {SchoolYear.LabelOf(c.StartYear)}", c.Id.ToString(CultureInfo.InvariantCulture), c.Id == selected))];
    }
}
