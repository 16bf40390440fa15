using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Areas.Admin.Pages;

/// <summary>
/// The staff dashboard: the sites this person works for, and where the chosen site's season stands
/// (the first site unless one is picked; another site's id answers 404).
/// </summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public string StaffName { get; private set; } = "";

    public IReadOnlyList<SiteLine> Sites { get; private set; } = [];

    public IReadOnlyList<FailedMail> FailedMails { get; private set; } = [];

    public SiteLine? Site { get; private set; }

    public SiteDashboard? Dashboard { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? site, CancellationToken cancellationToken)
    {
        var staffId = User.RequiredStaffId();
        StaffName = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.FullName).SingleAsync(cancellationToken);
        Sites = await (
                from role in db.Set<StaffSiteRole>().AsNoTracking()
                join s in db.Sites on role.SiteId equals s.Id
                where role.StaffMemberId == staffId
                orderby s.Name
                select new SiteLine(s.Id, s.Name, s.ConservatoryName, role.Role))
            .ToListAsync(cancellationToken);
        FailedMails = await db.FailedMailsForAsync(staffId, cancellationToken);
        Site = site is { } id ? Sites.FirstOrDefault(s => s.Id == id) : Sites.Count > 0 ? Sites[0] : null;
        if (site is not null && Site is null)
        {
            return NotFound();
        }

        if (Site is not null)
        {
            Dashboard = await SiteDashboard.LoadAsync(db, Site.Id, clock.GetUtcNow(), cancellationToken);
        }

        return Page();
    }

    public sealed record SiteLine(int Id, string Name, string ConservatoryName, StaffRole Role)
    {
        public string RoleLabel => Role == StaffRole.Admin ? "Administration" : "Secrétariat";

        public bool IsAdmin => Role == StaffRole.Admin;
    }
}
