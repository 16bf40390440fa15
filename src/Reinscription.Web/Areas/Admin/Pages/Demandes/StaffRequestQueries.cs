using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>The seat pages' way to a request: only on the staff member's sites, anything else is not found (404).</summary>
internal static class StaffRequestQueries
{
    public static Task<ReenrollmentRequest?> RequestOnSitesOfAsync(
        this ReinscriptionDbContext db,
        int staffId,
        int requestId,
        CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        return db.ReenrollmentRequests.AsNoTracking()
            .Include(r => r.Choices)
            .Include(r => r.Student!).ThenInclude(s => s.Family)
            .Include(r => r.Campaign!).ThenInclude(c => c.TargetSchoolYear)
            .SingleOrDefaultAsync(r => r.Id == requestId && sites.Contains(r.Student!.Family!.SiteId), cancellationToken);
    }

    public static string StatusLabel(RequestStatus status) => status switch
    {
        RequestStatus.Draft => "en cours de saisie",
        RequestStatus.Submitted => "transmise, en attente de décision",
        RequestStatus.Validated => "validée",
        _ => "refusée",
    };
}
