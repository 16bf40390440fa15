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
        // A handful of siblings and courses: one round trip is cheaper than splitting the query.
        var familyId = User.RequiredFamilyId();
        var siblings = StudentChoice.Of(db, familyId);
        var student = await db.StudentsOf(familyId).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Students = siblings.ToList(),
                Courses = db.Enrollments
                    .Where(e => e.StudentId == s.Id
                                && db.SchoolYears.Any(y => y.IsCurrent && e.Course!.SchoolYear!.StartYear < y.StartYear))
                    .Select(e => new CourseRow(
                        e.Course!.SchoolYear!, e.Course.Discipline!.Name, e.Course.Name, e.Course.Day,
                        e.Course.StartsAt, e.Course.EndsAt, e.Course.Teacher, e.Course.Room, e.Course.Cycle!.Code, e.IsActive))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Tabs = new StudentTabs(id, student.Students, StudentTab.Historique);
        Years = [.. student.Courses
            .GroupBy(c => c.Year.StartYear)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearOfCourses(g.First().Year.Label, CourseRow.InWeekOrder(g)))];
        return Page();
    }

    public sealed record YearOfCourses(string Label, IReadOnlyList<CourseRow> Courses);
}
