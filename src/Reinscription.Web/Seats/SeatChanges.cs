using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Data;

namespace Reinscription.Web.Seats;

/// <summary>The steps every change to a request's seats shares (<see cref="RequestSeats"/>, <see cref="FamilySeats"/>).</summary>
internal static class SeatChanges
{
    /// <summary>Gives back the seats <paramref name="released"/> and takes the request off every waiting list, in the lock order.</summary>
    public static async Task<SeatMoves> GiveBackAsync(this ReinscriptionDbContext db, ReenrollmentRequest request, IReadOnlyList<int> released, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var moves = new SeatMoves();
        foreach (var courseId in released)
        {
            moves.Release(courseId);
        }

        foreach (var entry in await db.LockActiveEntriesAsync(request.Id, released, cancellationToken))
        {
            if (entry.Withdraw(now))
            {
                moves.EndOffer(entry.CourseId);
            }
        }

        await db.ApplyReturningSeatsAsync(moves, cancellationToken);
        db.Enrollments.RemoveRange(await db.NextYearEnrollmentsAsync(request, released, cancellationToken));
        return moves;
    }

    public static string? Labels(IReadOnlyList<int> courseIds, Dictionary<int, Course> courses) =>
        courseIds.Count == 0 ? null : string.Join(" ; ", courseIds.Select(id => courses[id].SlotLabel));

    /// <summary>Begins on a context that tracks nothing, so that what the locks read is what the change works on.</summary>
    public static async Task<IDbContextTransaction> BeginSeatChangeAsync(this ReinscriptionDbContext db, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Database.BeginTransactionAsync(cancellationToken);
    }

    public static async Task<ReenrollmentRequest> LockExistingRequestAsync(this ReinscriptionDbContext db, int requestId, CancellationToken cancellationToken) =>
        await db.LockRequestWithFamilyAsync(requestId, cancellationToken)
        ?? throw new InvalidOperationException($"Request {requestId} does not exist.");

    /// <summary>Moves that cannot fail for want of a seat (releases, offers ending or claimed); a failure is a bug.</summary>
    public static async Task ApplyReturningSeatsAsync(this ReinscriptionDbContext db, SeatMoves moves, CancellationToken cancellationToken)
    {
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is { } full)
        {
            throw new InvalidOperationException($"Course {full} refused seats that only return or were held.");
        }
    }

    /// <summary>Saves the change, offers the seats it freed to the waiting lists (saved too), and commits.</summary>
    public static Task<int> SaveAndOfferAsync(this ReinscriptionDbContext db, IDbContextTransaction transaction, SeatMoves moves, DateTimeOffset now, OfferLinks links, CancellationToken cancellationToken) =>
        db.SaveAndOfferAsync(transaction, moves.CoursesFreed, now, links, cancellationToken);

    /// <summary>
    /// Saves the change, offers the free seats of <paramref name="coursesFreed"/> (seats released, or a capacity raised) to
    /// their waiting lists, saved too, and commits; returns how many offers went out.
    /// </summary>
    public static async Task<int> SaveAndOfferAsync(this ReinscriptionDbContext db, IDbContextTransaction transaction, IReadOnlyCollection<int> coursesFreed, DateTimeOffset now, OfferLinks links, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        var offered = coursesFreed.Count == 0 ? 0 : await db.OfferFreeSeatsAsync(coursesFreed, now, links, cancellationToken);
        if (offered > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return offered;
    }

    public static Task<Dictionary<int, Course>> CoursesByIdAsync(this ReinscriptionDbContext db, IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return db.Courses.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>Next year's enrolments of the student in these slots (the ones its seats stand for).</summary>
    public static Task<List<Enrollment>> NextYearEnrollmentsAsync(this ReinscriptionDbContext db, ReenrollmentRequest request, IEnumerable<int> courseIds, CancellationToken cancellationToken)
    {
        var list = courseIds.ToList();
        return db.Enrollments.Where(e => e.StudentId == request.StudentId && list.Contains(e.CourseId)).ToListAsync(cancellationToken);
    }
}
