using Npgsql;

namespace Reinscription.Bench;

/// <summary>The verdict read from PostgreSQL once every parent is done, whatever the app believed.</summary>
public sealed record DatabaseCheck(
    int OverbookedCourses,
    int CoursesWhoseSeatsDisagree,
    int RushEnrollments,
    int RushSeatsTaken,
    int RushSeats)
{
    public static async Task<DatabaseCheck> ReadAsync(BenchOptions options, BenchData data, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(options.AppConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            """
            WITH enrolled AS (
                SELECT c."Id", c."Capacity", c."SeatsTaken", c."SeatsOffered", c."SchoolYearId", count(e."Id")::int AS "Enrolled"
                FROM "Courses" c LEFT JOIN "Enrollments" e ON e."CourseId" = c."Id"
                GROUP BY c."Id")
            SELECT
                (SELECT count(*)::int FROM enrolled
                 WHERE "SeatsTaken" + "SeatsOffered" > "Capacity" OR ("SchoolYearId" = @nextYear AND "Enrolled" > "Capacity")),
                (SELECT count(*)::int FROM enrolled WHERE "SeatsTaken" <> "Enrolled"),
                (SELECT coalesce(sum("Enrolled"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots)),
                (SELECT coalesce(sum("SeatsTaken"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots)),
                (SELECT coalesce(sum("Capacity"), 0)::int FROM enrolled WHERE "Id" = ANY(@rushSlots))
            """, connection);
        command.Parameters.AddWithValue("nextYear", data.NextYearId);
        command.Parameters.AddWithValue("rushSlots", data.RushSlotIds.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        await reader.ReadAsync(cancellationToken);
        return new DatabaseCheck(reader.GetInt32(0), reader.GetInt32(1), reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4));
    }
}
