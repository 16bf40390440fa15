using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>A new slot in a site's offer for a school year.</summary>
public class CreerModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<CourseInput> validator) : PageModel
{
    [BindProperty]
    public CourseInput Input { get; set; } = new() { ChoiceMode = ChoiceMode.FamilyChooses };

    public Site Site { get; private set; } = null!;

    public int StartYear { get; private set; }

    public IReadOnlyList<SelectListItem> Disciplines { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Cycles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int siteId, int annee, int? disciplineId, CancellationToken cancellationToken)
    {
        if (!await FindAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        Input.DisciplineId = disciplineId ?? 0;
        await ChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await FindAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        var discipline = await db.Disciplines.AsNoTracking().SingleOrDefaultAsync(d => d.Id == Input.DisciplineId && d.SiteId == Site.Id, cancellationToken);
        if (validation.IsValid && discipline is null)
        {
            ModelState.AddModelError("Input.DisciplineId", "Choisissez une discipline de ce site.");
        }

        if (!ModelState.IsValid)
        {
            await ChoicesAsync(cancellationToken);
            return Page();
        }

        var course = new Course(Site.Id, await db.SchoolYearIdAsync(StartYear, cancellationToken), discipline!.Id, Input.Name.Trim(), Input.Capacity, Input.ChoiceMode);
        Input.ApplyTo(course);
        db.Courses.Add(course);
        var cycle = Input.CycleId is { } cycleId ? await db.Cycles.Where(c => c.Id == cycleId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken) : null;
        var fields = CourseAudit.Fields(course, cycle);
        await db.SaveNewAsync(
            () => db.Audit(
                User, clock.GetUtcNow(), Site.Id, "course.created", CourseAudit.RecordType, course.Id,
                $"Créneau {course.SlotLabel} ({discipline.Name}, {SchoolYear.LabelOf(StartYear)}) ajouté à l'offre de {Site.Name}.",
                CourseAudit.Diff([.. fields.Select(f => (f.Field, (object?)null))], fields)),
            cancellationToken);
        TempData["Confirmation"] = $"Créneau {course.SlotLabel} ajouté.";
        return RedirectToPage("/Cours/Index", new { siteId = Site.Id, annee = StartYear });
    }

    private async Task<bool> FindAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        var site = await db.SiteOfAsync(User.RequiredStaffId(), siteId, cancellationToken);
        if (site is null || annee is < 2000 or > 2999)
        {
            return false;
        }

        Site = site;
        StartYear = annee;
        return true;
    }

    private async Task ChoicesAsync(CancellationToken cancellationToken)
    {
        Disciplines = await db.DisciplinesAsync(Site.Id, Input.DisciplineId, cancellationToken);
        Cycles = await db.CyclesAsync(Input.CycleId, cancellationToken);
    }
}
