using Npgsql;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>A PostgreSQL database created for one test run and dropped after it.</summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private TestDatabase(string name, string connectionString)
    {
        Name = name;
        ConnectionString = connectionString;
    }

    public string Name { get; }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> CreateAsync()
    {
        var name = $"reinscription_test_{Guid.NewGuid():N}";
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection))
        {
            await admin.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE \"{name}\"", admin);
            await create.ExecuteNonQueryAsync();
        }

        var builder = new NpgsqlConnectionStringBuilder(TestEnvironment.PostgresAdminConnection)
        {
            Database = name,
            IncludeErrorDetail = true,
        };
        return new TestDatabase(name, builder.ConnectionString);
    }

    public async ValueTask DisposeAsync()
    {
        NpgsqlConnection.ClearAllPools();
        await using var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection);
        await admin.OpenAsync();
        await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)", admin);
        await drop.ExecuteNonQueryAsync();
    }
}
