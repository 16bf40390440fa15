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
/// </summary>
public sealed class RequestSeats(ReinscriptionDbContext db, TimeProvider clock)
{
    private const string NotSent = "Cette demande n'est plus modifiable : elle a été refusée entre-temps ou n'a pas été transmise.";

    public async Task<SeatOutcome> RefuseAsync(int requestId, string reason, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var request = await LockAsync(requestId, cancellationToken);
        if (request.Status != RequestStatus.Submitted)
        {
            return SeatOutcome.Refused("Cette demande n'est plus en attente de décision : elle n'a pas été refusée.");
        }

        var now = clock.GetUtcNow();
        var released = request.Refuse(reason);
        var moves = await GiveBackAsync(request, released, now, cancellationToken);
        var courses = await CoursesAsync(released, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        db.Audit(actor, now, family.SiteId, "request.refused", "Demande", request.Id,
            $"Demande de réinscription de {student.FullName} refusée.",
            AuditLog.Diff(
                ("Statut", nameof(RequestStatus.Submitted), nameof(RequestStatus.Refused)),
                ("Motif", null, request.RefusalReason),
                ("Places libérées", null, Labels(released, courses))));
        db.Queue(SeatMails.Refused(family, student, request.Campaign!.TargetSchoolYear!.Label, request.RefusalReason!), now);
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Demande de {student.FullName} refusée ; la famille en est informée par e-mail.");
    }

    /// <summary>The family gives up the re-enrolment it sent and not yet decided: its seats and places in line go to others.</summary>
    public async Task<SeatOutcome> WithdrawAsync(int requestId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var request = await LockAsync(requestId, cancellationToken);
        if (request is not { Status: RequestStatus.Submitted, Wish: ReenrollmentWish.Reenrol })
        {
            return SeatOutcome.Refused("Cette demande a déjà été examinée par le conservatoire : contactez le secrétariat.");
        }

        var now = clock.GetUtcNow();
        var released = request.Withdraw(now);
        var moves = await GiveBackAsync(request, released, now, cancellationToken);
        var courses = await CoursesAsync(released, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        db.Audit(actor, now, family.SiteId, "request.withdrawn", "Demande", request.Id,
            $"La famille renonce à la réinscription de {student.FullName}.",
            AuditLog.Diff(
                ("Souhait", nameof(ReenrollmentWish.Reenrol), nameof(ReenrollmentWish.DoNotReenrol)),
                ("Places libérées", null, Labels(released, courses))));
        db.Queue(SeatMails.Withdrawn(family, student, request.Campaign!.TargetSchoolYear!.Label), now);
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Vous avez renoncé à la réinscription de {student.FullName} : ses places sont libérées. Un e-mail vous le confirme.");
    }

    public async Task<SeatOutcome> MoveAsync(int requestId, int choiceId, int courseId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var request = await LockAsync(requestId, cancellationToken);
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

        var courses = await CoursesAsync([from, courseId], cancellationToken);
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is not null)
        {
            await transaction.RollbackAsync(cancellationToken);
            return SeatOutcome.Refused(
                $"Le cours {courses[courseId].SlotLabel} est complet : l'élève reste en {courses[from].SlotLabel}. Aucun changement n'a été fait.");
        }

        var student = request.Student!;
        var family = student.Family!;
        var enrollment = (await NextYearEnrollmentsAsync(request, [from], cancellationToken)).SingleOrDefault();
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
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"{student.FullName} est inscrit(e) en {courses[courseId].SlotLabel} ; la famille en est informée par e-mail.");
    }

    public async Task<SeatOutcome> AssignAsync(int requestId, int courseId, int? choiceId, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var request = await LockAsync(requestId, cancellationToken);
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

        var course = (await CoursesAsync([courseId], cancellationToken))[courseId];
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
        await using var transaction = await BeginAsync(cancellationToken);
        var request = await LockAsync(requestId, cancellationToken);
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
        await ApplyAsync(moves, cancellationToken);
        var course = (await CoursesAsync([courseId], cancellationToken))[courseId];
        var student = request.Student!;
        var family = student.Family!;
        db.Enrollments.RemoveRange(await NextYearEnrollmentsAsync(request, [courseId], cancellationToken));
        db.Audit(actor, now, family.SiteId, "request.unassigned", "Demande", request.Id,
            $"{course.SlotLabel} retiré à {student.FullName}.", AuditLog.Diff(("Cours attribué", course.SlotLabel, null)));
        db.Queue(SeatMails.Unassigned(family, student, course), now);
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"{course.SlotLabel} retiré à {student.FullName} ; la famille en est informée par e-mail.");
    }

    /// <summary>The family takes the seat offered: the line moves to that slot and leaves its former one, if it had one.</summary>
    public async Task<SeatOutcome> AcceptOfferAsync(int entryId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
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

        await ApplyAsync(moves, cancellationToken);
        int[] courseIds = left is { } l ? [entry.CourseId, l] : [entry.CourseId];
        var courses = await CoursesAsync(courseIds, cancellationToken);
        var student = request.Student!;
        var family = student.Family!;
        var enrollment = left is null ? null : (await NextYearEnrollmentsAsync(request, [left.Value], cancellationToken)).SingleOrDefault();
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
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"La place en {course.SlotLabel} est attribuée à {student.FullName}. Un e-mail vous le confirme.");
    }

    /// <summary>The family declines the seat offered: it leaves the list and the seat goes to the next family.</summary>
    public async Task<SeatOutcome> DeclineOfferAsync(int entryId, AuditActor actor, OfferLinks links, CancellationToken cancellationToken)
    {
        await using var transaction = await BeginAsync(cancellationToken);
        var (request, entry, now) = await LockOfferAsync(entryId, cancellationToken);
        if (!entry.IsOfferOpenAt(now))
        {
            return SeatOutcome.Refused(ClosedOffer(entry));
        }

        entry.Decline(now);
        var moves = new SeatMoves().EndOffer(entry.CourseId);
        await ApplyAsync(moves, cancellationToken);
        var course = (await CoursesAsync([entry.CourseId], cancellationToken))[entry.CourseId];
        var student = request.Student!;
        db.Audit(actor, now, student.Family!.SiteId, "waitlist.declined", "Liste d'attente", entry.Id,
            $"Place de {course.SlotLabel} refusée pour {student.FullName}.",
            AuditLog.Diff(("Statut", nameof(WaitlistStatus.Offered), nameof(WaitlistStatus.Declined))));
        await SaveAndOfferAsync(transaction, moves, now, links, cancellationToken);
        return SeatOutcome.Done($"Vous avez refusé la place en {course.SlotLabel} : elle est proposée à la famille suivante.");
    }

    /// <summary>Gives back the seats <paramref name="released"/> and takes the request off every waiting list, in the lock order.</summary>
    private async Task<SeatMoves> GiveBackAsync(ReenrollmentRequest request, IReadOnlyList<int> released, DateTimeOffset now, CancellationToken cancellationToken)
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

        await ApplyAsync(moves, cancellationToken);
        db.Enrollments.RemoveRange(await NextYearEnrollmentsAsync(request, released, cancellationToken));
        return moves;
    }

    private static string? Labels(IReadOnlyList<int> courseIds, Dictionary<int, Course> courses) =>
        courseIds.Count == 0 ? null : string.Join(" ; ", courseIds.Select(id => courses[id].SlotLabel));

    /// <summary>Begins on a context that tracks nothing, so that what the locks read is what the change works on.</summary>
    private async Task<IDbContextTransaction> BeginAsync(CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        return await db.Database.BeginTransactionAsync(cancellationToken);
    }

    private async Task<ReenrollmentRequest> LockAsync(int requestId, CancellationToken cancellationToken) =>
        await db.LockRequestWithFamilyAsync(requestId, cancellationToken)
        ?? throw new InvalidOperationException($"Request {requestId} does not exist.");

    /// <summary>Request, then the offered course and the line's current one, then the entry: the lock order of decision 046.</summary>
    private async Task<(ReenrollmentRequest Request, WaitlistEntry Entry, DateTimeOffset Now)> LockOfferAsync(int entryId, CancellationToken cancellationToken)
    {
        var found = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Id == entryId)
            .Select(e => new { e.RequestId, e.CourseId, e.ChoiceId })
            .SingleAsync(cancellationToken);
        var request = await LockAsync(found.RequestId, cancellationToken);
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

    /// <summary>Moves that cannot fail for want of a seat (releases, offers ending or claimed); a failure is a bug.</summary>
    private async Task ApplyAsync(SeatMoves moves, CancellationToken cancellationToken)
    {
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is { } full)
        {
            throw new InvalidOperationException($"Course {full} refused seats that only return or were held.");
        }
    }

    private async Task SaveAndOfferAsync(IDbContextTransaction transaction, SeatMoves moves, DateTimeOffset now, OfferLinks links, CancellationToken cancellationToken)
    {
        await db.SaveChangesAsync(cancellationToken);
        if (await db.OfferFreeSeatsAsync(moves.CoursesFreed, now, links, cancellationToken) > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private Task<Dictionary<int, Course>> CoursesAsync(IEnumerable<int> ids, CancellationToken cancellationToken)
    {
        var list = ids.Distinct().ToList();
        return db.Courses.AsNoTracking().Where(c => list.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
    }

    /// <summary>Next year's enrolments of the student in these slots (the ones its seats stand for).</summary>
    private Task<List<Enrollment>> NextYearEnrollmentsAsync(ReenrollmentRequest request, IEnumerable<int> courseIds, CancellationToken cancellationToken)
    {
        var list = courseIds.ToList();
        return db.Enrollments.Where(e => e.StudentId == request.StudentId && list.Contains(e.CourseId)).ToListAsync(cancellationToken);
    }
}
