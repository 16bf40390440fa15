using System.Net;
using Npgsql;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests;

public class HealthTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Health_answers_200_when_the_database_answers()
    {
        using var client = App.Factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", FirstLine(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Health_answers_503_when_the_database_is_gone()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new ReinscriptionFactory(database.ConnectionString, App.Mail.SmtpPort);
        using var client = factory.CreateClient();
        using (var before = await client.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        NpgsqlConnection.ClearAllPools();
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection))
        {
            await admin.OpenAsync();
            await using var drop = new NpgsqlCommand($"DROP DATABASE \"{database.Name}\" WITH (FORCE)", admin);
            await drop.ExecuteNonQueryAsync();
        }

        using var after = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, after.StatusCode);
        var report = await after.Content.ReadAsStringAsync();
        Assert.Equal("Unhealthy", FirstLine(report));
        Assert.Contains("\npostgresql: Unhealthy", report, StringComparison.Ordinal);
    }

    private static string FirstLine(string report) => report.Split('\n')[0];
}
