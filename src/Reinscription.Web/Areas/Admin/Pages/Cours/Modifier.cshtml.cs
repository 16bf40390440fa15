using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Reinscription.Domain.Courses;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Configurations;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>
/// One slot of the offer. Its capacity never goes below the seats taken or offered: the entity refuses what the
/// page read, and PostgreSQL's check constraint refuses a seat taken since, each said next to the field. A raise
/// offers the new seats to the slot's waiting list in the same transaction.
/// </summary>
public class ModifierModel(
    ReinscriptionDbContext db,
    TimeProvider clock,
    IValidator<CourseInput> validator,
    IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty]
    public CourseInput Input { get; set; } = new();

    public Course Course { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Cycles { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = CourseInput.From(Course);
        Cycles = await db.CyclesAsync(Input.CycleId, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.DisciplineId = Course.DisciplineId;
        var before = CourseAudit.Fields(Course, Course.Cycle?.Code);
        var capacityBefore = Course.Capacity;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        if (validation.IsValid)
        {
            ChangeCapacity();
        }

        if (!ModelState.IsValid)
        {
            Cycles = await db.CyclesAsync(Input.CycleId, cancellationToken);
            return Page();
        }

        Input.ApplyTo(Course);
        var cycle = await db.Cycles.Where(c => c.Id == Input.CycleId).Select(c => c.Code).SingleOrDefaultAsync(cancellationToken);
        var changes = CourseAudit.Diff(before, CourseAudit.Fields(Course, cycle));
        var now = clock.GetUtcNow();
        db.Audit(
            User, now, Course.SiteId, "course.updated", CourseAudit.RecordType, Course.Id,
            $"Créneau {Course.SlotLabel} ({Course.SchoolYear!.Label}) modifié.", changes);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        try
        {
            // A raise offers the new seats to the slot's waiting list before the commit.
            var raised = Course.Capacity > capacityBefore ? new[] { Course.Id } : [];
            await db.SaveAndOfferAsync(transaction, raised, now, new OfferLinks(PublicUrl.BaseOf(this, portal.Value)), cancellationToken);
        }
        catch (DbUpdateException full) when (full.InnerException is PostgresException
                                             { SqlState: PostgresErrorCodes.CheckViolation, ConstraintName: CourseConfiguration.SeatsTakenConstraint })
        {
            // A family took a seat between the read and the save: PostgreSQL has the last word.
            await transaction.RollbackAsync(cancellationToken);
            var seats = await db.Courses.AsNoTracking().Where(c => c.Id == id).Select(c => c.SeatsTaken + c.SeatsOffered).SingleAsync(cancellationToken);
            ModelState.AddModelError("Input.Capacity", CourseInput.CapacityBelowSeats(seats));
            Cycles = await db.CyclesAsync(Input.CycleId, cancellationToken);
            return Page();
        }

        TempData["Confirmation"] = changes.Count == 0 ? "Aucune modification." : $"Créneau {Course.SlotLabel} enregistré.";
        return RedirectToPage("/Cours/Index", new { siteId = Course.SiteId, annee = Course.SchoolYear.StartYear });
    }

    private void ChangeCapacity()
    {
        try
        {
            Course.ChangeCapacity(Input.Capacity);
        }
        catch (InvalidOperationException)
        {
            ModelState.AddModelError("Input.Capacity", CourseInput.CapacityBelowSeats(Course.SeatsTaken + Course.SeatsOffered));
        }
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        var course = await db.CoursesOf(User.RequiredStaffId())
            .Include(c => c.Site).Include(c => c.SchoolYear).Include(c => c.Discipline).Include(c => c.Cycle)
            .SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (course is null)
        {
            return false;
        }

        Course = course;
        return true;
    }
}
