using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Configurations;
using Reinscription.Web.Email;
using Reinscription.Web.Metrics;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 5's validation: takes the chosen seats in one transaction where PostgreSQL decides, one UPDATE per
/// slot, which the check constraint on the seats refuses beyond capacity, and a row lock on the request,
/// so a double submit takes each seat once (docs/decisions/003).
/// </summary>
public sealed class RequestSubmission(ReinscriptionDbContext db, Wizard wizard, ReinscriptionMetrics metrics)
{
    /// <summary>
    /// Sends the request; returns the slot that was full instead, when one was. The transaction is driven
    /// by hand, not through EF Core's transaction API, so that the seats and the COMMIT reach PostgreSQL in
    /// one round trip: from a slot's UPDATE to the COMMIT its row stays locked and every other parent who
    /// chose it waits, so that window must not include a trip back to the app, whose continuation alone
    /// waits milliseconds for a thread on busy cores.
    /// </summary>
    public async Task<string?> SubmitAsync(CancellationToken cancellationToken)
    {
        var request = wizard.Request!;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        await db.Database.OpenConnectionAsync(cancellationToken);
        try
        {
            var connection = (NpgsqlConnection)db.Database.GetDbConnection();
            if (!await BeginWithDraftLockedAsync(connection, request.Id, cancellationToken))
            {
                await RollbackAsync(connection, cancellationToken);
                return null;
            }

            var acknowledgement = (await AcknowledgementAsync(request, cancellationToken)).ToOutbox(wizard.Now);

            // Slots in id order, so that two requests wanting the same two slots never wait on each other.
            var wanted = request.Choices
                .Where(c => c.Continues && c.ChosenCourseId is not null && !c.SeatTaken)
                .OrderBy(c => c.ChosenCourseId)
                .ToList();
            foreach (var choice in wanted)
            {
                choice.MarkSeatTaken();
                db.Enrollments.Add(new Enrollment(wizard.Student.Id, choice.ChosenCourseId!.Value));
            }

            request.Submit(wizard.Now);
            db.Outbox.Add(acknowledgement);
            db.Audit(AuditActor.Family(wizard.Student.Family!.Id, wizard.Student.Family.SiteId, wizard.Student.Family.Identifier), wizard.Now, wizard.Student.Family!.SiteId, "request.submitted", "Élève", wizard.Student.Id, $"Demande de réinscription de {wizard.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} validée par la famille (demande n° {request.Id}, {wanted.Count} place(s) prise(s)).", AuditLog.Diff(("Statut", "Brouillon", "Transmise")));
            await db.SaveChangesAsync(cancellationToken);

            if (await TakeSeatsAndCommitAsync(connection, wanted, cancellationToken) is not { } full)
            {
                metrics.RequestSubmitted();
                return null;
            }

            await RollbackAsync(connection, cancellationToken);
            return await ReleaseFullChoiceAsync(full.Id, full.ChosenCourseId!.Value, cancellationToken);
        }
        finally
        {
            // After an exception the transaction may still be open: Npgsql rolls it back as the connection returns to the pool.
            await db.Database.CloseConnectionAsync();
        }
    }

    /// <summary>Opens the transaction and locks the request row: a double submit waits here, then finds it sent.</summary>
    private static async Task<bool> BeginWithDraftLockedAsync(NpgsqlConnection connection, int requestId, CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection)
        {
            BatchCommands =
            {
                new NpgsqlBatchCommand("BEGIN"),
                new NpgsqlBatchCommand("""SELECT "Status" FROM "ReenrollmentRequests" WHERE "Id" = $1 FOR UPDATE""") { Parameters = { new() { Value = requestId } } },
            },
        };
        var status = (string?)await batch.ExecuteScalarAsync(cancellationToken);
        return status == nameof(RequestStatus.Draft);
    }

    /// <summary>
    /// One UPDATE per slot then COMMIT, in one batch. A full slot makes its UPDATE break the check constraint
    /// <c>SeatsTaken &lt;= Capacity</c>: PostgreSQL skips the rest of the batch, COMMIT included, and the
    /// transaction is left for the caller to roll back. Returns the choice whose slot was full, if one was.
    /// </summary>
    private static async Task<CourseChoice?> TakeSeatsAndCommitAsync(
        NpgsqlConnection connection,
        List<CourseChoice> wanted,
        CancellationToken cancellationToken)
    {
        await using var batch = new NpgsqlBatch(connection);
        foreach (var choice in wanted)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("""UPDATE "Courses" SET "SeatsTaken" = "SeatsTaken" + 1 WHERE "Id" = $1""")
            {
                Parameters = { new() { Value = choice.ChosenCourseId!.Value } },
            });
        }

        batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
            return null;
        }
        catch (PostgresException full) when (full is { SqlState: PostgresErrorCodes.CheckViolation, ConstraintName: CourseConfiguration.SeatsTakenConstraint })
        {
            // Each UPDATE that ran took its one seat; the first that did not is the one that broke the constraint.
            return wanted.Where((_, i) => batch.BatchCommands[i].RecordsAffected != 1).First();
        }
    }

    private static async Task RollbackAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
        await rollback.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>After the rollback, forgets the full slot (it is no longer offered) and names it for the parent.</summary>
    private async Task<string> ReleaseFullChoiceAsync(int choiceId, int courseId, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var choice = await db.CourseChoices.SingleAsync(c => c.Id == choiceId, cancellationToken);
        choice.ChosenCourseId = null;
        await db.SaveChangesAsync(cancellationToken);
        var course = await db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId, cancellationToken);
        return course.SlotLabel;
    }

    private async Task<MailMessage> AcknowledgementAsync(ReenrollmentRequest request, CancellationToken cancellationToken)
    {
        var summary = await RequestSummary.LoadAsync(db, wizard, request, cancellationToken);
        var family = wizard.Student.Family!;
        var courses = summary.Courses.Where(c => c.Continues).Select(c => $"{c.Discipline} : {c.NextYear}").ToList();
        var missing = summary.Documents.Where(d => d.IsMissing).Select(d => d.Requirement.Name).ToList();
        List<string> paragraphs =
        [
            $"Votre demande de réinscription de {summary.StudentName} pour {wizard.Campaign!.TargetSchoolYear!.Label} a bien été prise en compte le {ParisTime.Format(wizard.Now)}.",
            courses.Count == 0 ? "Aucun cours n'est poursuivi." : "Cours : " + string.Join(" ; ", courses) + ".",
            missing.Count == 0
                ? "Toutes les pièces justificatives demandées ont été fournies."
                : $"Pièces encore à fournir avant le {ParisTime.Format(wizard.Campaign.DocumentsDeadline)} : " + string.Join(" ; ", missing) + ".",
            "La réinscription sera définitivement validée par le conservatoire après examen de votre dossier.",
        ];
        return new MailMessage(
            family.Guardian1.Email,
            $"Réinscription de {wizard.Student.FirstName} enregistrée",
            $"Bonjour {family.Guardian1.FormalName},",
            paragraphs,
            family.Site!);
    }
}
