using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Web.Audit;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Data;

/// <summary>The audit log only grows: PostgreSQL refuses to change or remove a line.</summary>
public class AuditLogTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_line_is_saved_with_what_changed_before_and_after()
    {
        await AddLineAsync();

        var line = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync());

        Assert.Equal("campaign.edited", line.Action);
        Assert.Equal(AuditActorKind.Staff, line.ActorKind);
        Assert.Equal("secretariat.meudon@example.org", line.ActorName);
        Assert.Equal([new AuditChange("Clôture", "2027-05-18T10:00:00.0000000+00:00", "2027-05-20T10:00:00.0000000+00:00")], line.Changes);
    }

    [Fact]
    public async Task The_database_refuses_to_update_a_line()
    {
        var id = await AddLineAsync();

        var error = await ExecuteFailingAsync($"UPDATE \"AuditLog\" SET \"Summary\" = 'effacé' WHERE \"Id\" = {id}");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal("Campagne modifiée.", await App.WithDbAsync(db => db.AuditLog.Select(l => l.Summary).SingleAsync()));
    }

    [Fact]
    public async Task The_database_refuses_to_delete_a_line()
    {
        var id = await AddLineAsync();

        var error = await ExecuteFailingAsync($"DELETE FROM \"AuditLog\" WHERE \"Id\" = {id}");

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    private async Task<long> AddLineAsync() =>
        await App.WithDbAsync(async db =>
        {
            var closes = new DateTimeOffset(2027, 5, 18, 10, 0, 0, TimeSpan.Zero);
            var line = db.Audit(
                new AuditActor(AuditActorKind.Staff, "7", "secretariat.meudon@example.org"),
                DateTimeOffset.UtcNow,
                siteId: null,
                "campaign.edited",
                "Campagne",
                3,
                "Campagne modifiée.",
                AuditLog.Diff(("Clôture", closes, closes.AddDays(2)), ("Nom", "2027", "2027")));
            await db.SaveChangesAsync();
            return line.Id;
        });

    private async Task<PostgresException> ExecuteFailingAsync(string sql)
    {
        await using var connection = new NpgsqlConnection(App.Database.ConnectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        return await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
    }
}
