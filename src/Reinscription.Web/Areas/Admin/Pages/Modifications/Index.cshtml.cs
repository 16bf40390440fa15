using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Modifications;

/// <summary>The identity changes waiting for a decision on the staff member's sites, oldest first.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public IReadOnlyList<ChangeLine> Changes { get; private set; } = [];

    [Microsoft.AspNetCore.Mvc.TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        Changes = await db.PendingChanges.AsNoTracking()
            .Where(c => c.Status == ChangeStatus.Pending && sites.Contains(c.Family!.SiteId))
            .OrderBy(c => c.RequestedAt)
            .Select(c => new ChangeLine(
                c.Id,
                c.RequestedAt,
                c.Family!.Site!.Name,
                c.Family.Identifier,
                c.Family.Guardian1.LastName,
                c.Subject,
                c.Student == null ? null : c.Student.FirstName + " " + c.Student.LastName))
            .ToListAsync(cancellationToken);
    }

    public sealed record ChangeLine(
        int Id,
        DateTimeOffset RequestedAt,
        string Site,
        string Identifier,
        string FamilyName,
        ChangeSubject Subject,
        string? StudentName)
    {
        public string SubjectLabel => ChangeLabels.Of(Subject, StudentName);
    }
}
