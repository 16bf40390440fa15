using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Cours" tab: the courses of the current school year, with their slot, teacher and room.</summary>
public class CoursModel(ReinscriptionDbContext db) : PageModel
{
    public StudentTabs Tabs { get; private set; } = null!;

    public string? YearLabel { get; private set; }

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

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
                CurrentYear = db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
                Courses = db.Enrollments.Where(e => e.StudentId == s.Id && e.Course!.SchoolYear!.IsCurrent)
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

        Tabs = new StudentTabs(id, student.Students, StudentTab.Cours);
        YearLabel = student.CurrentYear?.Label;
        Courses = CourseRow.InWeekOrder(student.Courses);
        return Page();
    }
}
