using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Data;

/// <summary>The database itself refuses what the domain refuses, whatever code writes to it.</summary>
public class ConstraintTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_negative_capacity_is_rejected_by_the_database()
    {
        var courseId = await AddCourseAsync(capacity: 12);

        var error = await ExecuteFailingAsync($"UPDATE \"Courses\" SET \"Capacity\" = -1 WHERE \"Id\" = {courseId}");

        Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        Assert.Equal("CK_Courses_Capacity", error.ConstraintName);
    }

    [Fact]
    public async Task Seats_beyond_capacity_are_rejected_by_the_database()
    {
        var courseId = await AddCourseAsync(capacity: 5);

        var error = await ExecuteFailingAsync($"UPDATE \"Courses\" SET \"SeatsTaken\" = 6 WHERE \"Id\" = {courseId}");

        Assert.Equal("CK_Courses_SeatsTaken", error.ConstraintName);
        var seats = await App.WithDbAsync(db => db.Courses.Where(c => c.Id == courseId).Select(c => c.SeatsTaken).SingleAsync());
        Assert.Equal(0, seats);
    }

    [Fact]
    public async Task A_duplicate_identifier_on_one_site_is_rejected_by_the_database()
    {
        var siteId = await App.WithDbAsync(async db => (await db.AddSiteAsync("Meudon")).Id);
        await App.WithDbAsync(async db => await db.AddFamilyAsync(await db.Sites.SingleAsync(s => s.Id == siteId), "dupont1"));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => App.WithDbAsync(async db =>
            await db.AddFamilyAsync(await db.Sites.SingleAsync(s => s.Id == siteId), " DUPONT1 ")));

        var postgres = Assert.IsType<PostgresException>(error.InnerException);
        Assert.Equal(PostgresErrorCodes.UniqueViolation, postgres.SqlState);
        Assert.Equal("IX_Families_SiteId_Identifier", postgres.ConstraintName);
    }

    [Fact]
    public async Task The_same_identifier_on_two_sites_is_two_families()
    {
        await App.WithDbAsync(async db =>
        {
            await db.AddFamilyAsync(await db.AddSiteAsync("Meudon"), "dupont1");
            await db.AddFamilyAsync(await db.AddSiteAsync("Boulogne-Billancourt"), "dupont1");
        });

        var families = await App.WithDbAsync(db => db.Families.Where(f => f.Identifier == "dupont1")
            .Select(f => f.Site!.Name).OrderBy(n => n).ToListAsync());

        Assert.Equal(["Boulogne-Billancourt", "Meudon"], families);
    }

    [Fact]
    public async Task A_student_cannot_point_at_a_family_that_does_not_exist()
    {
        var error = await ExecuteFailingAsync(
            "INSERT INTO \"Students\" (\"FamilyId\", \"Civility\", \"LastName\", \"FirstName\", \"BirthDate\", \"UsesGuardianContact\") " +
            "VALUES (424242, 'Madame', 'Durand', 'Léa', '2014-02-01', true)");

        Assert.Equal(PostgresErrorCodes.ForeignKeyViolation, error.SqlState);
    }

    private async Task<int> AddCourseAsync(int capacity) =>
        await App.WithDbAsync(async db => (await db.AddCourseAsync(await db.AddSiteAsync("Meudon"), 2026, capacity)).Id);

    private async Task<PostgresException> ExecuteFailingAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }
}
