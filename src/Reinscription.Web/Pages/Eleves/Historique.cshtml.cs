using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Historique" tab: the courses of the years before the current one, newest year first.</summary>
public class HistoriqueModel(ReinscriptionDbContext db) : PageModel
{
    public StudentTabs Tabs { get; private set; } = null!;

    public IReadOnlyList<YearOfCourses> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await StudentTabs.LoadAsync(db, User.RequiredFamilyId(), id, StudentTab.Historique, s => db.Enrollments
            .Where(e => e.StudentId == s.Id
                        && db.SchoolYears.Any(y => y.IsCurrent && e.Course!.SchoolYear!.StartYear < y.StartYear))
            .Select(CourseRow.OfEnrollment)
            .ToList(), cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Tabs = loaded.Tabs;
        Years = [.. loaded.Content
            .GroupBy(c => c.Year.StartYear)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearOfCourses(g.First().Year.Label, CourseRow.InWeekOrder(g)))];
        return Page();
    }

    public sealed record YearOfCourses(string Label, IReadOnlyList<CourseRow> Courses);
}
