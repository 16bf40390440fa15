using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Historique" tab: the courses of the years before the current one, newest year first.</summary>
public class HistoriqueModel(ReinscriptionDbContext db) : StudentTabModel(db, StudentTab.Historique)
{
    public IReadOnlyList<YearOfCourses> Years { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, s => Db.Enrollments
            .Where(e => e.StudentId == s.Id
                        && Db.SchoolYears.Any(y => y.IsCurrent && e.Course!.SchoolYear!.StartYear < y.StartYear))
            .Select(CourseRow.OfEnrollment)
            .ToList(), cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Years = [.. loaded
            .GroupBy(c => c.Year.StartYear)
            .OrderByDescending(g => g.Key)
            .Select(g => new YearOfCourses(g.First().Year.Label, CourseRow.InWeekOrder(g)))];
        return Page();
    }

    public sealed record YearOfCourses(string Label, IReadOnlyList<CourseRow> Courses);
}
