using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Cours" tab: the courses of the current school year, with their slot, teacher and room.</summary>
public class CoursModel(ReinscriptionDbContext db) : StudentTabModel(db, StudentTab.Cours)
{
    public string? YearLabel { get; private set; }

    public IReadOnlyList<CourseRow> Courses { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, s => new
        {
            CurrentYear = Db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
            Courses = Db.Enrollments.Where(e => e.StudentId == s.Id && e.Course!.SchoolYear!.IsCurrent)
                .Select(CourseRow.OfEnrollment)
                .ToList(),
        }, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        YearLabel = loaded.CurrentYear?.Label;
        Courses = CourseRow.InWeekOrder(loaded.Courses);
        return Page();
    }
}
