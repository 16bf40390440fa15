using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>
/// The seat changes made to a sent request: staff refuse it, move a line to another slot, assign or take back a
/// course the conservatory decides; the family answers a waiting-list offer. Each runs in one transaction in
/// the lock order of decision 046 (request, courses in id order, waiting-list rows), moves its seats through
/// <see cref="SeatLedger"/>, keeps next year's enrolments equal to the lines holding a seat, audits, queues its
/// e-mails, and offers whatever seat it freed to the waiting list. Pages check first that the request is theirs.
/// The family's own changes (giving up a request, answering an offer) are in <see cref="FamilySeats"/>.
/// </summary>
public sealed class RequestSeats(ReinscriptionDbContext db, TimeProvider clock)
{
    private const string NotSent = "Cette demande n'est plus modifiable : elle a été refusée entre-temps ou n'a pas été transmise.";

    public async Task<SeatOutcome> RefuseAsync(int requestId, string reason, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(requestId, cancellationToken);
        if (request.Status != RequestStatus.Submitted)
        {
            return SeatOutcome.Refused("Cette demande n'est plus en attente de décision : elle n'a pas été refusée.");
        }

        var now = clock.GetUtcNow();
        var released = request.Refuse(reason);
        var moves = await db.GiveBackAsync(request, released, now, cancellationToken);
        var courses = await db.CoursesByIdAsync(released, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        db.Audit(actor, now, family.SiteId, "request.refused", "Demande", request.Id,
            $"Demande de réinscription de {student.FullName} refusée.",
            AuditLog.Diff(
                ("Statut", nameof(RequestStatus.Submitted), nameof(RequestStatus.Refused)),
                ("Motif", null, request.RefusalReason),
                ("Places libérées", null, SeatChanges.Labels(released, courses))));
        db.Queue(SeatMails.Refused(family, student, request.Campaign!.TargetSchoolYear!.Label, request.RefusalReason!), now);
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Demande de {student.FullName} refusée ; la famille en est informée par e-mail.");
    }

    public async Task<SeatOutcome> MoveAsync(int requestId, int choiceId, int courseId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(requestId, cancellationToken);
        if (request.Choices.SingleOrDefault(c => c.Id == choiceId) is not { } choice || !request.IsSentForReenrolment)
        {
            return SeatOutcome.Refused(NotSent);
        }

        var waitedFor = choice.WaitlistCourseId == courseId;
        int from;
        try
        {
            from = request.MoveChoice(choice, courseId);
        }
        catch (InvalidOperationException refused)
        {
            return SeatOutcome.Refused(refused.Message);
        }

        var now = clock.GetUtcNow();
        var moves = new SeatMoves().Take(courseId).Release(from);
        if (waitedFor)
        {
            // Moved into the slot the family waited for: it leaves that list, and a seat held for it is the one it takes.
            foreach (var entry in (await db.LockActiveEntriesAsync(request.Id, [from, courseId], cancellationToken)).Where(e => e.CourseId == courseId))
            {
                if (entry.Withdraw(now))
                {
                    moves.EndOffer(courseId);
                }
            }
        }

        var courses = await db.CoursesByIdAsync([from, courseId], cancellationToken);
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SeatOutcome.Refused(
                $"Le cours {courses[courseId].SlotLabel} est complet : l'élève reste en {courses[from].SlotLabel}. Aucun changement n'a été fait.");
        }

        var student = request.Student!;
        var family = student.Family!;
        var enrollment = (await db.NextYearEnrollmentsAsync(request, [from], cancellationToken)).SingleOrDefault();
        if (enrollment is null)
        {
            db.Enrollments.Add(new Enrollment(student.Id, courseId));
        }
        else
        {
            enrollment.MoveTo(courseId);
        }

        db.Audit(actor, now, family.SiteId, "request.moved", "Demande", request.Id,
            $"{student.FullName} déplacé(e) de {courses[from].SlotLabel} vers {courses[courseId].SlotLabel}.",
            AuditLog.Diff(("Horaire", courses[from].SlotLabel, courses[courseId].SlotLabel)));
        db.Queue(SeatMails.Moved(family, student, courses[from], courses[courseId]), now);
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"{student.FullName} est inscrit(e) en {courses[courseId].SlotLabel} ; la famille en est informée par e-mail.");
    }

    public async Task<SeatOutcome> AssignAsync(int requestId, int courseId, int? choiceId, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(requestId, cancellationToken);
        if (!request.IsSentForReenrolment)
        {
            return SeatOutcome.Refused(NotSent);
        }

        var line = choiceId is { } id ? request.Choices.SingleOrDefault(c => c.Id == id) : null;
        if (choiceId is not null && line is null)
        {
            return SeatOutcome.Refused(NotSent);
        }

        try
        {
            request.Assign(courseId, line);
        }
        catch (InvalidOperationException refused)
        {
            return SeatOutcome.Refused(refused.Message);
        }

        var course = (await db.CoursesByIdAsync([courseId], cancellationToken))[courseId];
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), new SeatMoves().Take(courseId), thenCommit: false, cancellationToken) is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SeatOutcome.Refused($"Le cours {course.SlotLabel} est complet : il n'a pas été attribué.");
        }

        var now = clock.GetUtcNow();
        var student = request.Student!;
        var family = student.Family!;
        db.Enrollments.Add(new Enrollment(student.Id, courseId));
        db.Audit(actor, now, family.SiteId, "request.assigned", "Demande", request.Id,
            $"{course.SlotLabel} attribué à {student.FullName}.", AuditLog.Diff(("Cours attribué", null, course.SlotLabel)));
        db.Queue(SeatMails.Assigned(family, student, course), now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return SeatOutcome.Done($"{course.SlotLabel} attribué à {student.FullName} ; la famille en est informée par e-mail.");
    }

    public async Task<SeatOutcome> UnassignAsync(int requestId, int choiceId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await db.BeginSeatChangeAsync(cancellationToken);
        var request = await db.LockExistingRequestAsync(requestId, cancellationToken);
        if (!request.IsSentForReenrolment)
        {
            return SeatOutcome.Refused(NotSent);
        }

        if (request.Choices.SingleOrDefault(c => c.Id == choiceId) is not { } choice)
        {
            return SeatOutcome.Refused(NotSent);
        }

        int courseId;
        try
        {
            courseId = request.Unassign(choice);
        }
        catch (InvalidOperationException refused)
        {
            return SeatOutcome.Refused(refused.Message);
        }

        var now = clock.GetUtcNow();
        var moves = new SeatMoves().Release(courseId);
        await db.ApplyReturningSeatsAsync(moves, cancellationToken);
        var course = (await db.CoursesByIdAsync([courseId], cancellationToken))[courseId];
        var student = request.Student!;
        var family = student.Family!;
        db.Enrollments.RemoveRange(await db.NextYearEnrollmentsAsync(request, [courseId], cancellationToken));
        db.Audit(actor, now, family.SiteId, "request.unassigned", "Demande", request.Id,
            $"{course.SlotLabel} retiré à {student.FullName}.", AuditLog.Diff(("Cours attribué", course.SlotLabel, null)));
        db.Queue(SeatMails.Unassigned(family, student, course), now);
        await db.SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"{course.SlotLabel} retiré à {student.FullName} ; la famille en est informée par e-mail.");
    }
}
