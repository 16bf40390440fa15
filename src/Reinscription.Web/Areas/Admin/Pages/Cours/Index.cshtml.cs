using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>
/// A site's offer for a school year, by discipline, with its seats; add, edit and delete slots, and
/// "Préparer l'année suivante", which copies this year's slots into next year's offer.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public Site Site { get; private set; } = null!;

    public int StartYear { get; private set; }

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public IReadOnlyList<IGrouping<string, Course>> Disciplines { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    [TempData]
    public string? Refusal { get; set; }

    public async Task<IActionResult> OnGetAsync(int? siteId, int? annee, CancellationToken cancellationToken)
    {
        if (!await ChooseAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        Disciplines = [.. (await db.Courses.AsNoTracking()
                .Include(c => c.Discipline).Include(c => c.Cycle)
                .Where(c => c.SiteId == Site.Id && c.SchoolYear!.StartYear == StartYear)
                .ToListAsync(cancellationToken))
            .OrderBy(c => c.Discipline!.Name).ThenBy(c => c.Name).ThenBy(c => c.Day.HasValue ? ((int)c.Day.Value + 6) % 7 : 7).ThenBy(c => c.StartsAt)
            .GroupBy(c => c.Discipline!.Name)];
        Sites = await db.StaffSiteChoicesAsync(User.RequiredStaffId(), Site.Id, cancellationToken);
        Years = await db.SchoolYearChoicesAsync(await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken), StartYear, cancellationToken);
        return Page();
    }

    /// <summary>"Préparer l'année suivante": this year's slots into next year's offer, in one transaction, once.</summary>
    public async Task<IActionResult> OnPostPreparerAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await ChooseAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        var next = annee + 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var fromYearId = await db.SchoolYearIdAsync(annee, cancellationToken);
        var toYearId = await db.SchoolYearIdAsync(next, cancellationToken);
        var added = await db.CopyToNextYearAsync(Site.Id, fromYearId, toYearId, cancellationToken);
        db.Audit(
            User, clock.GetUtcNow(), Site.Id, "course.offer-prepared", "Offre de cours", $"{Site.Id}/{next}",
            $"Offre {SchoolYear.LabelOf(annee)} de {Site.Name} copiée vers {SchoolYear.LabelOf(next)} : {Slots(added)} ajouté{(added > 1 ? "s" : "")}.",
            new AuditChange("Créneaux ajoutés", null, added.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Confirmation = added == 0
            ? $"L'offre {SchoolYear.LabelOf(next)} contenait déjà chaque créneau de {SchoolYear.LabelOf(annee)} : rien n'a été ajouté."
            : $"{Slots(added)} de {SchoolYear.LabelOf(annee)} copié{(added > 1 ? "s" : "")} dans l'offre {SchoolYear.LabelOf(next)}, places libres.";
        return RedirectToPage(new { siteId = Site.Id, annee = next });
    }

    public async Task<IActionResult> OnPostSupprimerAsync(int courseId, CancellationToken cancellationToken)
    {
        var course = await db.CoursesOf(User.RequiredStaffId()).AsNoTracking()
            .Include(c => c.Site).Include(c => c.SchoolYear).Include(c => c.Cycle)
            .SingleOrDefaultAsync(c => c.Id == courseId, cancellationToken);
        if (course is null)
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.DeleteEmptySlotAsync(courseId, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            var seats = await db.Courses.Where(c => c.Id == courseId).Select(c => c.SeatsTaken).SingleAsync(cancellationToken);
            Refusal = seats > 0
                ? $"Le créneau {course.SlotLabel} a {seats} place{(seats > 1 ? "s" : "")} prise{(seats > 1 ? "s" : "")} : il ne peut pas être supprimé. Réduisez sa capacité ou déplacez les élèves d'abord."
                : $"Le créneau {course.SlotLabel} est suivi par un élève ou choisi dans une demande en cours : il ne peut pas être supprimé.";
            return RedirectToPage(new { siteId = course.SiteId, annee = course.SchoolYear!.StartYear });
        }

        db.Audit(
            User, clock.GetUtcNow(), course.SiteId, "course.deleted", CourseAudit.RecordType, course.Id,
            $"Créneau {course.SlotLabel} ({course.SchoolYear!.Label}) supprimé.",
            CourseAudit.Diff(CourseAudit.Fields(course, course.Cycle?.Code), [.. CourseAudit.Fields(course, course.Cycle?.Code).Select(f => (f.Field, (object?)null))]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Confirmation = $"Créneau {course.SlotLabel} supprimé.";
        return RedirectToPage(new { siteId = course.SiteId, annee = course.SchoolYear.StartYear });
    }

    /// <summary>Which site and year the page shows: the staff member's site named, else their first; next school year by default.</summary>
    private async Task<bool> ChooseAsync(int? siteId, int? annee, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).AsNoTracking();
        var site = siteId is { } id
            ? await sites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : await sites.OrderBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (site is null)
        {
            return false;
        }

        Site = site;
        StartYear = annee is >= 2000 and < 3000 ? annee.Value : await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken) + 1;
        return true;
    }

    private static string Slots(int count) => count <= 1 ? $"{count} créneau" : $"{count} créneaux";
}
