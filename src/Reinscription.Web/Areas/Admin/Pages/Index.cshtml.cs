using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Areas.Admin.Pages;

/// <summary>The staff dashboard: the sites this person works for and their role on each.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public string StaffName { get; private set; } = "";

    public IReadOnlyList<SiteLine> Sites { get; private set; } = [];

    public IReadOnlyList<FailedMail> FailedMails { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var staffId = User.RequiredStaffId();
        StaffName = await db.StaffMembers.AsNoTracking().Where(s => s.Id == staffId).Select(s => s.FullName).SingleAsync(cancellationToken);
        Sites = await (
                from role in db.Set<StaffSiteRole>().AsNoTracking()
                join site in db.Sites on role.SiteId equals site.Id
                where role.StaffMemberId == staffId
                orderby site.Name
                select new SiteLine(site.Id, site.Name, site.ConservatoryName, role.Role))
            .ToListAsync(cancellationToken);
        FailedMails = await db.FailedMailsForAsync(staffId, cancellationToken);
    }

    public sealed record SiteLine(int Id, string Name, string ConservatoryName, StaffRole Role)
    {
        public string RoleLabel => Role == StaffRole.Admin ? "Administration" : "Secrétariat";
    }
}
