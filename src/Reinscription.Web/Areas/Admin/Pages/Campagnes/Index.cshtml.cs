using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Campagnes;

/// <summary>The re-enrolment campaigns of the staff member's sites, by site and target year, with the one families see now.</summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<CampaignLine> Campaigns { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var nextYear = await db.CurrentStartYearAsync(now, cancellationToken) + 1;
        var campaigns = await db.CampaignsOf(User.RequiredStaffId()).AsNoTracking()
            .Include(c => c.Site).Include(c => c.TargetSchoolYear)
            .ToListAsync(cancellationToken);

        // Families only ever see a campaign for next school year.
        var shown = campaigns.Where(c => c.TargetSchoolYear!.StartYear == nextYear).GroupBy(c => c.SiteId)
            .Select(g => ReenrollmentCampaign.ShownToFamilies(g, now)!.Id)
            .ToHashSet();
        Campaigns = [.. campaigns
            .OrderBy(c => c.Site!.Name).ThenByDescending(c => c.TargetSchoolYear!.StartYear).ThenBy(c => c.OpensAt)
            .Select(c => new CampaignLine(c, c.PhaseAt(now), shown.Contains(c.Id)))];
    }

    public sealed record CampaignLine(ReenrollmentCampaign Campaign, CampaignPhase Phase, bool ShownToFamilies)
    {
        public string PhaseLabel => Phase switch
        {
            CampaignPhase.NotYetOpen => "À venir",
            CampaignPhase.Open => "Ouverte",
            _ => "Close",
        };
    }
}
