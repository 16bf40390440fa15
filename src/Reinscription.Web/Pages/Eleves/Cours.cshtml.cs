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
        var loaded = await StudentTabs.LoadAsync(db, User.RequiredFamilyId(), id, StudentTab.Cours, s => new
        {
            CurrentYear = db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
            Courses = db.Enrollments.Where(e => e.StudentId == s.Id && e.Course!.SchoolYear!.IsCurrent)
                .Select(CourseRow.OfEnrollment)
                .ToList(),
        }, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Tabs = loaded.Tabs;
        YearLabel = loaded.Content.CurrentYear?.Label;
        Courses = CourseRow.InWeekOrder(loaded.Content.Courses);
        return Page();
    }
}
