using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Configurations;

namespace Reinscription.Web.Seats;

/// <summary>
/// The one way seats move (docs/architecture.md, docs/decisions/003 and 045). Every path — the wizard's
/// validation, staff moves, refusals and assignments, waiting-list offers and answers, capacity changes —
/// sends its <see cref="SeatMoves"/> here: one conditional UPDATE per course, in course id order, that the
/// check constraint <c>SeatsTaken + SeatsOffered &lt;= Capacity</c> refuses beyond capacity. Nothing in C#
/// decides whether a seat is left; pages only read <c>Course.SeatsLeft</c> to show the offer.
/// </summary>
public static class SeatLedger
{
    private const string MoveSql =
        """UPDATE "Courses" SET "SeatsTaken" = "SeatsTaken" + $2, "SeatsOffered" = "SeatsOffered" + $3 WHERE "Id" = $1""";

    /// <summary>The connection EF Core uses for <paramref name="db"/>, on which the caller's transaction runs.</summary>
    public static NpgsqlConnection ConnectionOf(ReinscriptionDbContext db) => (NpgsqlConnection)db.Database.GetDbConnection();

    /// <summary>
    /// Applies the moves inside the transaction open on <paramref name="connection"/>, followed by <c>COMMIT</c> in the
    /// same round trip when <paramref name="thenCommit"/> (decision 003: a slot's row stays locked only while
    /// PostgreSQL runs the batch). Returns the course that had no seat left, if one had none: PostgreSQL then
    /// skipped the rest of the batch, COMMIT included, and the caller rolls back.
    /// </summary>
    public static async Task<int?> ApplyAsync(NpgsqlConnection connection, SeatMoves moves, bool thenCommit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(moves);
        var lines = moves.InCourseOrder;
        await using var batch = new NpgsqlBatch(connection);
        foreach (var (courseId, taken, offered) in lines)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand(MoveSql)
            {
                Parameters = { new() { Value = courseId }, new() { Value = taken }, new() { Value = offered } },
            });
        }

        if (thenCommit)
        {
            batch.BatchCommands.Add(new NpgsqlBatchCommand("COMMIT"));
        }

        if (batch.BatchCommands.Count == 0)
        {
            return null;
        }

        try
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
        catch (PostgresException full) when (IsNoSeatLeft(full))
        {
            // Each UPDATE that ran moved its seats; the first that did not is the one that broke the constraint.
            return lines.Where((_, i) => batch.BatchCommands[i].RecordsAffected != 1).First().CourseId;
        }

        if (lines.Where((_, i) => batch.BatchCommands[i].RecordsAffected != 1).Select(l => (int?)l.CourseId).FirstOrDefault() is { } missing)
        {
            throw new InvalidOperationException($"Course {missing} does not exist: no seat can move there.");
        }

        return null;
    }

    /// <summary>
    /// Sets a course's capacity inside the caller's transaction; false, with the transaction to roll back, when it
    /// would fall under the seats taken and offered. Raising it frees seats: the caller then offers them to the waiting list.
    /// </summary>
    public static async Task<bool> ChangeCapacityAsync(NpgsqlConnection connection, int courseId, int capacity, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""UPDATE "Courses" SET "Capacity" = $2 WHERE "Id" = $1""", connection)
        {
            Parameters = { new() { Value = courseId }, new() { Value = capacity } },
        };
        try
        {
            return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
        }
        catch (PostgresException below) when (IsNoSeatLeft(below))
        {
            return false;
        }
    }

    /// <summary>Locks the courses' rows in id order, before the waiting-list rows that hang on them (the lock order of decision 046).</summary>
    public static async Task LockCoursesAsync(NpgsqlConnection connection, IEnumerable<int> courseIds, CancellationToken cancellationToken)
    {
        var ids = courseIds.Distinct().Order().ToArray();
        if (ids.Length == 0)
        {
            return;
        }

        await using var command = new NpgsqlCommand("""SELECT "Id" FROM "Courses" WHERE "Id" = ANY($1) ORDER BY "Id" FOR UPDATE""", connection)
        {
            Parameters = { new() { Value = ids } },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public static async Task RollbackAsync(NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        await using var rollback = new NpgsqlCommand("ROLLBACK", connection);
        await rollback.ExecuteNonQueryAsync(cancellationToken);
    }

    private static bool IsNoSeatLeft(PostgresException exception) =>
        exception is { SqlState: PostgresErrorCodes.CheckViolation, ConstraintName: CourseConfiguration.SeatsTakenConstraint };
}
