using Npgsql;

namespace Reinscription.Bench;

/// <summary>The verdict read from PostgreSQL once every parent is done, whatever the app believed.</summary>
public sealed record DatabaseCheck(
    int OverbookedCourses,
    int CoursesWhoseSeatsDisagree,
    int RushEnrollments,
    int RushSeatsTaken,
    int RushSeats,
    int ConfirmedMissing,
    int SubmittedRequests,
    int OutboxUnsent,
    IReadOnlyDictionary<int, int> SeatsTakenByCourse)
{
    /// <summary>
    /// What a course's seats hold against its capacity: those taken and those held for a waiting list's offer.
    /// </summary>
    private const string SeatsHeld = "\"SeatsTaken\" + \"SeatsOffered\"";

    public static async Task<DatabaseCheck> ReadAsync(BenchOptions options, BenchData data, IReadOnlyCollection<int> confirmedStudents, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(options.AppConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            WITH enrolled AS (
                SELECT c.*, count(e."Id")::int AS "Enrolled"
                FROM "Courses" c LEFT JOIN "Enrollments" e ON e."CourseId" = c."Id"
                GROUP BY c."Id")
            SELECT
                (SELECT count(*)::int FROM enrolled
                 WHERE {SeatsHeld} > "Capacity" OR ("SchoolYearId" = @nextYear AND "Enrolled" > "Capacity")),
                (SELECT count(*)::int FROM enrolled WHERE "SeatsTaken" <> "Enrolled"),
                (SELECT coalesce(sum("Enrolled"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots)),
                (SELECT coalesce(sum("SeatsTaken"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots)),
                (SELECT coalesce(sum("Capacity"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots)),
                -- Every family the app told "accepted": its request sent, its enrolment for next year made.
                (SELECT count(*)::int FROM unnest(@confirmed) AS s(id)
                 WHERE NOT EXISTS (SELECT 1 FROM "ReenrollmentRequests" r
                                   WHERE r."StudentId" = s.id AND r."Status" IN ('Submitted', 'Validated') AND r."SubmittedAt" IS NOT NULL)
                    OR NOT EXISTS (SELECT 1 FROM "Enrollments" e JOIN "Courses" c ON c."Id" = e."CourseId"
                                   WHERE e."StudentId" = s.id AND c."SchoolYearId" = @nextYear)),
                (SELECT count(*)::int FROM "ReenrollmentRequests" WHERE "Status" IN ('Submitted', 'Validated')),
                (SELECT count(*)::int FROM "Outbox" WHERE "SentAt" IS NULL);
            SELECT "Id", "SeatsTaken" FROM "Courses" WHERE "SchoolYearId" = @nextYear ORDER BY "Id";
            """, connection);
        command.Parameters.AddWithValue("nextYear", data.NextYearId);
        command.Parameters.AddWithValue("rushSlots", data.RushSlotIds.ToArray());
        command.Parameters.AddWithValue("confirmed", confirmedStudents.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        var values = Enumerable.Range(0, 8).Select(reader.GetInt32).ToArray();
        await reader.NextResultAsync(cancellationToken);
        var seats = new Dictionary<int, int>();
        while (await reader.ReadAsync(cancellationToken))
        {
            seats[reader.GetInt32(0)] = reader.GetInt32(1);
        }

        return new DatabaseCheck(values[0], values[1], values[2], values[3], values[4], values[5], values[6], values[7], seats);
    }
}
