using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.ListesAttente;

/// <summary>The slots of the staff member's sites that have a waiting list: seats, families in line, offers running.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public IReadOnlyList<ListLine> Lists { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        var courses = await db.Courses.AsNoTracking()
            .Where(c => sites.Contains(c.SiteId) && db.WaitlistEntries.Any(e => e.CourseId == c.Id))
            .Select(c => new
            {
                Course = c,
                Site = c.Site!.Name,
                Waiting = db.WaitlistEntries.Count(e => e.CourseId == c.Id && e.Status == WaitlistStatus.Waiting),
                Offered = db.WaitlistEntries.Count(e => e.CourseId == c.Id && e.Status == WaitlistStatus.Offered),
            })
            .OrderBy(c => c.Site).ThenBy(c => c.Course.Name).ThenBy(c => c.Course.Day)
            .ToListAsync(cancellationToken);
        Lists = [.. courses.Select(c => new ListLine(
            c.Course.Id, c.Site, c.Course.SlotLabel, c.Course.Capacity, c.Course.SeatsTaken, c.Waiting, c.Offered))];
    }

    public sealed record ListLine(int CourseId, string Site, string Course, int Capacity, int SeatsTaken, int Waiting, int Offered);
}
