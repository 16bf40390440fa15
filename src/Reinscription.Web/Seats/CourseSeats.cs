using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Seats;

/// <summary>
/// Staff changes to a course's seats and waiting list: its capacity (raised, the seats freed are offered to the
/// list at once) and a family's place in line. Same lock order as every seat change: the course's row, then its list.
/// </summary>
public sealed class CourseSeats(ReinscriptionDbContext db, TimeProvider clock)
{
    private static readonly string[] ActiveStatuses = [nameof(WaitlistStatus.Waiting), nameof(WaitlistStatus.Offered)];

    public async Task<SeatOutcome> ChangeCapacityAsync(int courseId, int capacity, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var connection = SeatLedger.ConnectionOf(db);
        await SeatLedger.LockCoursesAsync(connection, [courseId], cancellationToken);
        var before = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        if (!await SeatLedger.ChangeCapacityAsync(connection, courseId, capacity, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            return SeatOutcome.Refused(Course.CapacityBelowSeatsMessage(before.Name, before.SeatsTaken + before.SeatsOffered));
        }

        var now = clock.GetUtcNow();
        db.Audit(actor, now, before.SiteId, "course.capacity", "Cours", courseId,
            $"Capacité de {before.SlotLabel} : {before.Capacity} → {capacity}.",
            AuditLog.Diff(("Capacité", before.Capacity, capacity)));
        var offered = await db.SaveAndOfferAsync(transaction, capacity > before.Capacity ? [courseId] : [], now, links, cancellationToken);
        return SeatOutcome.Done(offered == 0
            ? $"Capacité de {before.Name} : {capacity} places."
            : $"Capacité de {before.Name} : {capacity} places ; {offered} place(s) proposée(s) à la liste d'attente.");
    }

    /// <summary>Swaps a family with the one before (<paramref name="step"/> = -1) or after (+1) it among those still in line.</summary>
    public async Task<SeatOutcome> MoveInLineAsync(int entryId, int step, AuditActor actor, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var courseId = await db.WaitlistEntries.Where(e => e.Id == entryId).Select(e => e.CourseId).SingleAsync(cancellationToken);
        await SeatLedger.LockCoursesAsync(SeatLedger.ConnectionOf(db), [courseId], cancellationToken);
        var line = await db.WaitlistEntries
            .FromSql($"""SELECT * FROM "WaitlistEntries" WHERE "CourseId" = {courseId} AND "Status" = ANY({ActiveStatuses}) ORDER BY "Position" FOR UPDATE""")
            .AsNoTracking()
            .ToListAsync(cancellationToken);
        var index = line.FindIndex(e => e.Id == entryId);
        if (index < 0)
        {
            return SeatOutcome.Refused("Cette famille n'est plus en liste d'attente.");
        }

        if (index + step < 0 || index + step >= line.Count)
        {
            return SeatOutcome.Refused(step < 0 ? "Cette famille est déjà en tête de liste." : "Cette famille est déjà en fin de liste.");
        }

        var (moved, other) = (line[index], line[index + step]);

        // One UPDATE swaps both positions: the unique (course, position) constraint is checked at the statement's end.
        await db.Database.ExecuteSqlAsync($"""
            UPDATE "WaitlistEntries" SET "Position" = CASE WHEN "Id" = {moved.Id} THEN {other.Position} ELSE {moved.Position} END
            WHERE "Id" IN ({moved.Id}, {other.Id})
            """, cancellationToken);
        var names = await db.WaitlistEntries.AsNoTracking().Where(e => e.Id == moved.Id)
            .Select(e => new { e.Request!.Student!.LastName, e.Request.Student.FirstName, e.Course!.SiteId, e.Course.Name })
            .SingleAsync(cancellationToken);
        var student = Domain.Families.Student.FullNameOf(names.LastName, names.FirstName);
        db.Audit(actor, clock.GetUtcNow(), names.SiteId, "waitlist.reordered", "Liste d'attente", moved.Id,
            $"{student} passe de la position {index + 1} à la position {index + step + 1} sur la liste de {names.Name}.",
            AuditLog.Diff(("Position", index + 1, index + step + 1)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SeatOutcome.Done($"{student} est désormais en position {index + step + 1}.");
    }
}
