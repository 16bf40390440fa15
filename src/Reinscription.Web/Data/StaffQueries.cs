using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;

namespace Reinscription.Web.Data;

public static class StaffQueries
{
    /// <summary>The sites a staff member works for; every admin query starts from here.</summary>
    public static IQueryable<Site> SitesOf(this ReinscriptionDbContext db, int staffId) =>
        db.Sites.Where(site => db.StaffMembers
            .Where(s => s.Id == staffId)
            .SelectMany(s => s.SiteRoles)
            .Any(r => r.SiteId == site.Id));

    public static IQueryable<Site> SitesAdministeredBy(this ReinscriptionDbContext db, int staffId) =>
        db.Sites.Where(site => db.StaffMembers
            .Where(s => s.Id == staffId)
            .SelectMany(s => s.SiteRoles)
            .Any(r => r.SiteId == site.Id && r.Role == StaffRole.Admin));
}
