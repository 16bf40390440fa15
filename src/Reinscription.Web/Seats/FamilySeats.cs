using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>
/// The seat changes a family makes itself: giving up a request sent and not yet decided, accepting or declining a
/// waiting-list offer. Same transaction shape and lock order as <see cref="RequestSeats"/>; pages check first that
/// the request or the offer is the family's.
/// </summary>
public sealed class FamilySeats(ReinscriptionDbContext db, TimeProvider clock)
{
    /// <summary>The family gives up the re-enrolment it sent and not yet decided: its seats and places in line go to others.</summary>
    public async Task<SeatOutcome> WithdrawAsync(int requestId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(requestId, cancellationToken);
        if (request is not { AwaitsDecision: true })
        {
            return SeatOutcome.Refused("Cette demande a déjà été examinée par le conservatoire : contactez le secrétariat.");
        }

        var now = clock.GetUtcNow();
        var released = request.Withdraw(now);
        var moves = await db.GiveBackAsync(request, released, now, cancellationToken);
        var courses = await db.CoursesByIdAsync(released, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        db.Audit(actor, now, family.SiteId, "request.withdrawn", "Demande", request.Id,
            $"La famille renonce à la réinscription de {student.FullName}.",
            AuditLog.Diff(
                ("Souhait", nameof(ReenrollmentWish.Reenrol), nameof(ReenrollmentWish.DoNotReenrol)),
                ("Places libérées", null, SeatChanges.Labels(released, courses))));
        db.Queue(SeatMails.Withdrawn(family, student, request.Campaign!.TargetSchoolYear!.Label), now);
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Vous avez renoncé à la réinscription de {student.FullName} : ses places sont libérées. Un e-mail vous le confirme.");
    }

    /// <summary>The family takes the seat offered: the line moves to that slot and leaves its former one, if it had one.</summary>
    public async Task<SeatOutcome> AcceptOfferAsync(int entryId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var (request, entry, now) = await LockOfferAsync(entryId, cancellationToken);
        if (!entry.IsOfferOpenAt(now) || !request.IsSentForReenrolment)
        {
            return SeatOutcome.Refused(ClosedOffer(entry));
        }

        entry.Accept(now);
        var left = request.TakeOfferedSeat(request.Choices.Single(c => c.Id == entry.ChoiceId), entry.CourseId);
        var moves = new SeatMoves().ClaimOffered(entry.CourseId);
        if (left is { } leftId)
        {
            moves.Release(leftId);
        }

        await db.ApplyReturningSeatsAsync(moves, cancellationToken);
        int[] courseIds = left is { } l ? [entry.CourseId, l] : [entry.CourseId];
        var courses = await db.CoursesByIdAsync(courseIds, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        var enrollment = left is null ? null : (await db.NextYearEnrollmentsAsync(request, [left.Value], cancellationToken)).SingleOrDefault();
        if (enrollment is null)
        {
            db.Enrollments.Add(new Enrollment(student.Id, entry.CourseId));
        }
        else
        {
            enrollment.MoveTo(entry.CourseId);
        }

        var course = courses[entry.CourseId];
        var leftCourse = left is null ? null : courses[left.Value];
        db.Audit(actor, now, family.SiteId, "waitlist.accepted", "Liste d'attente", entry.Id,
            $"Place de {course.SlotLabel} acceptée pour {student.FullName}.",
            AuditLog.Diff(("Statut", nameof(WaitlistStatus.Offered), nameof(WaitlistStatus.Accepted)), ("Horaire", leftCourse?.SlotLabel, course.SlotLabel)));
        db.Queue(SeatMails.OfferAccepted(family, student, course, leftCourse), now);
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"La place en {course.SlotLabel} est attribuée à {student.FullName}. Un e-mail vous le confirme.");
    }

    /// <summary>The family declines the seat offered: it leaves the list and the seat goes to the next family.</summary>
    public async Task<SeatOutcome> DeclineOfferAsync(int entryId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var (request, entry, now) = await LockOfferAsync(entryId, cancellationToken);
        if (!entry.IsOfferOpenAt(now))
        {
            return SeatOutcome.Refused(ClosedOffer(entry));
        }

        entry.Decline(now);
        var moves = new SeatMoves().EndOffer(entry.CourseId);
        await db.ApplyReturningSeatsAsync(moves, cancellationToken);
        var course = (await db.CoursesByIdAsync([entry.CourseId], cancellationToken))[entry.CourseId];
        var student = request.Student!;
        db.Audit(actor, now, student.Family!.SiteId, "waitlist.declined", "Liste d'attente", entry.Id,
            $"Place de {course.SlotLabel} refusée pour {student.FullName}.",
            AuditLog.Diff(("Statut", nameof(WaitlistStatus.Offered), nameof(WaitlistStatus.Declined))));
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Vous avez refusé la place en {course.SlotLabel} : elle est proposée à la famille suivante.");
    }

    /// <summary>Request, then the offered course and the line's current one, then the entry: the lock order of decision 046.</summary>
    private async Task<(ReenrollmentRequest Request, WaitlistEntry Entry, DateTimeOffset Now)> LockOfferAsync(int entryId, CancellationToken cancellationToken)
    {
        var found = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Id == entryId)
            .Select(e => new { e.RequestId, e.CourseId, e.ChoiceId })
            .SingleAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(found.RequestId, cancellationToken);
        var current = request.Choices.Single(c => c.Id == found.ChoiceId) is { SeatTaken: true, ChosenCourseId: { } held } ? held : found.CourseId;
        await SeatLedger.LockCoursesAsync(SeatLedger.ConnectionOf(db), [found.CourseId, current], cancellationToken);
        var entry = await db.WaitlistEntries
            .FromSql($"""SELECT * FROM "WaitlistEntries" WHERE "Id" = {entryId} FOR UPDATE""")
            .SingleAsync(cancellationToken);
        return (request, entry, clock.GetUtcNow());
    }

    private static string ClosedOffer(WaitlistEntry entry) => entry.Status switch
    {
        WaitlistStatus.Offered => "Le délai de réponse à cette proposition est dépassé : la place est proposée à la famille suivante.",
        WaitlistStatus.Accepted => "Vous avez déjà accepté cette place.",
        WaitlistStatus.Declined => "Vous avez déjà refusé cette place.",
        _ => "Cette proposition n'est plus ouverte.",
    };
}
