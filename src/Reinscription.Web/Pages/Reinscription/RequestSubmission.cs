using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Metrics;
using Reinscription.Web.Seats;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

public enum SubmissionOutcome
{
    Sent,

    /// <summary>A chosen slot filled up meanwhile: nothing was taken, the draft forgot that slot.</summary>
    SlotFull,

    /// <summary>The lines changed since the summary was shown (another tab saved step 4): nothing was sent.</summary>
    ChoicesChanged,
}

public sealed record SubmissionResult(SubmissionOutcome Outcome, string? FullSlot = null);

/// <summary>
/// Step 5's validation: takes the chosen seats through <see cref="SeatLedger"/> in one transaction where PostgreSQL
/// decides, puts the waited-for slots' places in their waiting lists, under a row lock on the request, so a double
/// submit takes each seat once and a step 4 saved meanwhile is noticed (docs/decisions/003 and 045).
/// </summary>
public sealed class RequestSubmission(ReinscriptionDbContext db, Wizard wizard, OfferLinks links, ReinscriptionMetrics metrics)
{
    /// <summary>
    /// Sends the request. The transaction is driven by hand, not through EF Core's transaction API, so that the
    /// seats and the COMMIT reach PostgreSQL in one round trip: from a slot's UPDATE to the COMMIT its row stays
    /// locked and every other parent who chose it waits. A request that waits for a full slot takes two more round
    /// trips, to give it its place in line and offer it a seat that freed meanwhile.
    /// </summary>
    public async Task<SubmissionResult> SubmitAsync(CancellationToken cancellationToken)
    {
        var request = wizard.Request!;
        var now = wizard.Now;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = SeatLedger.ConnectionOf(db);
            var locked = await BeginWithDraftLockedAsync(connection, request, cancellationToken);
            if (locked != LockedDraft.AsLoaded)
            {
                await SeatLedger.RollbackAsync(connection, cancellationToken);
                return new(locked == LockedDraft.AlreadySent ? SubmissionOutcome.Sent : SubmissionOutcome.ChoicesChanged);
            }

            var moves = new SeatMoves();
            var seats = 0;
            foreach (var choice in request.Submit(now))
            {
                moves.Take(choice.ChosenCourseId!.Value);
                db.Enrollments.Add(new Enrollment(wizard.Student.Id, choice.ChosenCourseId!.Value));
                seats++;
            }

            var family = wizard.Student.Family!;
            db.Audit(AuditActor.Family(family.Id, family.SiteId, family.Identifier), now, family.SiteId, "request.submitted", "Élève", wizard.Student.Id, $"Demande de réinscription de {wizard.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} validée par la famille (demande n° {request.Id}, {seats} place(s) prise(s)).", AuditLog.Diff(("Statut", "Brouillon", "Transmise")));

            var entries = request.WaitlistWishes.Select(c => new WaitlistEntry(c.WaitlistCourseId!.Value, request.Id, c.Id, now)).ToList();
            if (entries.Count == 0)
            {
                db.Queue([await AcknowledgementAsync(request, cancellationToken)], now);
                await db.SaveChangesAsync(cancellationToken);
                if (await SeatLedger.ApplyAsync(connection, moves, thenCommit: true, cancellationToken) is { } full)
                {
                    return await ReleaseFullSlotAsync(connection, full, cancellationToken);
                }

                metrics.RequestSubmitted();
                return new(SubmissionOutcome.Sent);
            }

            db.WaitlistEntries.AddRange(entries);
            await db.SaveChangesAsync(cancellationToken);
            if (await SeatLedger.ApplyAsync(connection, moves, thenCommit: false, cancellationToken) is { } fullToo)
            {
                return await ReleaseFullSlotAsync(connection, fullToo, cancellationToken);
            }

            await db.OfferFreeSeatsAsync(entries.Select(e => e.CourseId), now, links, cancellationToken);
            db.Queue([await AcknowledgementAsync(request, cancellationToken)], now);
            await db.SaveChangesAsync(cancellationToken);
            await using var commit = new NpgsqlCommand("COMMIT", connection);
            await commit.ExecuteNonQueryAsync(cancellationToken);
            metrics.RequestSubmitted();
            return new(SubmissionOutcome.Sent);
        }
        finally
        {
            // After an exception the transaction may still be open: Npgsql rolls it back as the connection returns to the pool.
            await db.Database.CloseConnectionAsync();
        }
    }

    private enum LockedDraft
    {
        AsLoaded,
        AlreadySent,
        Changed,
    }

    /// <summary>
    /// Opens the transaction, locks the request row and reads its lines under the lock, in one round trip. A double
    /// submit waits here, then finds it sent; lines that differ from those the page loaded mean a step 4 was saved meanwhile.
    /// </summary>
    private static async Task<LockedDraft> BeginWithDraftLockedAsync(NpgsqlConnection connection, ReenrollmentRequest request, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand("""SELECT "Status" FROM "ReenrollmentRequests" WHERE "Id" = $1 FOR UPDATE""") { Parameters = { new() { Value = request.Id } } },
                new NpgsqlBatchCommand("""
                    SELECT "Id", "Continues", "ChosenCourseId", "WaitlistCourseId", "SeatTaken" FROM "CourseChoices" WHERE "RequestId" = $1
                    """) { Parameters = { new() { Value = request.Id } } },
            },
        };
        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var status = await reader.ReadAsync(cancellationToken) ? reader.GetString(0) : null;
        await reader.NextResultAsync(cancellationToken);
        var stored = new HashSet<(int, bool, int?, int?, bool)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            stored.Add((reader.GetInt32(0), reader.GetBoolean(1), NullableInt(reader, 2), NullableInt(reader, 3), reader.GetBoolean(4)));
        }

        if (status != nameof(RequestStatus.Draft))
        {
            return LockedDraft.AlreadySent;
        }

        var loaded = request.Choices.Select(c => (c.Id, c.Continues, c.ChosenCourseId, c.WaitlistCourseId, c.SeatTaken)).ToHashSet();
        return stored.SetEquals(loaded) ? LockedDraft.AsLoaded : LockedDraft.Changed;
    }

    private static int? NullableInt(NpgsqlDataReader reader, int ordinal) => reader.IsDBNull(ordinal) ? null : reader.GetInt32(ordinal);

    /// <summary>After the rollback, the draft forgets the full slot (it is no longer offered) under the request's lock; names it for the parent.</summary>
    private async Task<SubmissionResult> ReleaseFullSlotAsync(NpgsqlConnection connection, int courseId, CancellationToken cancellationToken)
    {
        await SeatLedger.RollbackAsync(connection, cancellationToken);
        db.ChangeTracker.Clear();
        await using (var transaction = await db.Database.BeginTransactionAsync(cancellationToken))
        {
            if (await db.LockRequestAsync(wizard.Request!.Id, cancellationToken) is { IsEditable: true } draft)
            {
                draft.ForgetSlot(courseId);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
        }

        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        return new(SubmissionOutcome.SlotFull, course.SlotLabel);
    }

    private async Task<MailMessage> AcknowledgementAsync(ReenrollmentRequest request, CancellationToken cancellationToken)
    {
        var summary = await RequestSummary.LoadAsync(db, wizard, request, cancellationToken);
        var family = wizard.Student.Family!;
        var courses = summary.Courses.Where(c => c.Continues).Select(c => $"{c.Discipline} : {c.NextYear}").ToList();
        var waitlists = summary.Courses.Select(c => c.WaitlistText).OfType<string>().ToList();
        var missing = summary.Documents.Where(d => d.IsMissing).Select(d => d.Requirement.Name).ToList();
        List<string> paragraphs =
        [
            $"Votre demande de réinscription de {summary.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} a bien été prise en compte le {ParisTime.Format(wizard.Now)}.",
            courses.Count == 0 ? "Aucun cours n'est poursuivi." : "Cours : " + string.Join(" ; ", courses) + ".",
        ];
        if (waitlists.Count > 0)
        {
            paragraphs.Add(string.Join(" ; ", waitlists) + ". Dès qu'une place se libère, elle vous est proposée par e-mail.");
        }

        paragraphs.Add(missing.Count == 0
            ? "Toutes les pièces justificatives demandées ont été fournies."
            : $"Pièces encore à fournir avant le {ParisTime.Format(wizard.Campaign.DocumentsDeadline)} : " + string.Join(" ; ", missing) + ".");
        paragraphs.Add("La réinscription sera définitivement validée par le conservatoire après examen de votre dossier.");
        return new MailMessage(
            family.Guardian1.Email,
            $"Réinscription de {wizard.Student.FirstName} enregistrée",
            $"Bonjour {family.Guardian1.FormalName},",
            paragraphs,
            family.Site!);
    }
}
