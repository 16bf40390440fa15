using Npgsql;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>
/// A copy of the run's database just after the demo seeder ran, made once; each journey gets the
/// run's database back as a fresh copy of it. PostgreSQL copies a database in a fraction of a
/// second, where emptying the tables and seeding again (accounts with hashed passwords, three
/// school years of courses) took seconds per journey.
/// </summary>
public sealed class DemoTemplate : IAsyncDisposable
{
    private readonly string _database;
    private readonly string _template;

    private DemoTemplate(string database)
    {
        _database = database;
        _template = $"{database}_demo";
    }

    /// <summary>Copies <paramref name="database"/>, which must hold the demo data.</summary>
    public static async Task<DemoTemplate> CreateAsync(string database)
    {
        var template = new DemoTemplate(database);
        // The app's background mail sender connects now and then: the copy needs a moment without it.
        for (var attempt = 1; ; attempt++)
        {
            NpgsqlConnection.ClearAllPools();
            try
            {
                await RunAsync(
                    $"SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = '{database}' AND pid <> pg_backend_pid()",
                    $"CREATE DATABASE \"{template._template}\" TEMPLATE \"{database}\"");
                return template;
            }
            catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.ObjectInUse && attempt < 50)
            {
                await Task.Delay(100);
            }
        }
    }

    /// <summary>Replaces the run's database with a copy of the demo data; the app's pooled connections to the old one are dropped.</summary>
    public async Task RestoreAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await RunAsync(
            $"DROP DATABASE IF EXISTS \"{_database}\" WITH (FORCE)",
            $"CREATE DATABASE \"{_database}\" TEMPLATE \"{_template}\"");
        NpgsqlConnection.ClearAllPools();
    }

    public async ValueTask DisposeAsync() => await RunAsync($"DROP DATABASE IF EXISTS \"{_template}\" WITH (FORCE)");

    private static async Task RunAsync(params string[] statements)
    {
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection);
        await admin.OpenAsync();
        foreach (var statement in statements)
        {
            await using var command = new NpgsqlCommand(statement, admin);
            await command.ExecuteNonQueryAsync();
        }
    }
}
