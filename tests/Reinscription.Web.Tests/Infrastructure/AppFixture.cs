using System.Diagnostics.CodeAnalysis;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;
using Reinscription.Web.Data;
using Respawn;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>
/// One migrated PostgreSQL database, one MailDev and one app for the whole run; each test starts
/// from empty tables (Respawn) and an empty inbox.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class AppFixture : IAsyncLifetime
{
    private Respawner? _respawner;
    private TestDatabase? _database;
    private MailCatcher? _mail;
    private ReinscriptionFactory? _factory;

    public TestDatabase Database => _database ?? throw NotStarted();

    public MailCatcher Mail => _mail ?? throw NotStarted();

    public ReinscriptionFactory Factory => _factory ?? throw NotStarted();

    public async Task InitializeAsync()
    {
        _database = await TestDatabase.CreateAsync();
        _mail = await MailCatcher.StartAsync();
        // Every upload of the run is scanned by the real clamd when scripts/test started one.
        _factory = new ReinscriptionFactory(
            _database.ConnectionString,
            _mail.SmtpPort,
            TestEnvironment.ClamdSocket is { } clamd ? new Dictionary<string, string> { ["Antivirus:Clamd"] = $"unix:{clamd}" } : null);
        _ = _factory.Server; // starts the app, which applies the migrations

        await using var connection = new NpgsqlConnection(_database.ConnectionString);
        await connection.OpenAsync();
        _respawner = await Respawner.CreateAsync(connection, new RespawnerOptions
        {
            DbAdapter = DbAdapter.Postgres,
            SchemasToInclude = ["public"],
            TablesToIgnore = ["__EFMigrationsHistory"],
        });
    }

    public async Task ResetAsync()
    {
        await using (var connection = new NpgsqlConnection(Database.ConnectionString))
        {
            await connection.OpenAsync();
            await _respawner!.ResetAsync(connection);
        }

        await Mail.ClearAsync();
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the app.</summary>
    public async Task<T> WithDbAsync<T>(Func<ReinscriptionDbContext, Task<T>> work)
    {
        await using var scope = Factory.Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>());
    }

    public Task WithDbAsync(Func<ReinscriptionDbContext, Task> work) =>
        WithDbAsync(async db =>
        {
            await work(db);
            return true;
        });

    public async Task DisposeAsync()
    {
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }
    }

    private static InvalidOperationException NotStarted() => new("The app fixture has not started.");
}

[CollectionDefinition(Name)]
public sealed class AppCollectionDefinition : ICollectionFixture<AppFixture>
{
    public const string Name = "app";
}

/// <summary>Base of the tests that use the app: resets the database and the inbox before each test.</summary>
[Collection(AppCollectionDefinition.Name)]
public abstract class AppTest(AppFixture app) : IAsyncLifetime
{
    protected AppFixture App { get; } = app;

    public Task InitializeAsync() => App.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
