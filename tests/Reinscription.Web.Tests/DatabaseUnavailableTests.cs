using System.Net;
using Npgsql;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests;

public class DatabaseUnavailableTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_family_whose_page_loses_its_database_connection_gets_a_french_503_and_the_next_page_works()
    {
        await using var database = await TestDatabase.CreateAsync();
        await using var factory = new ReinscriptionFactory(database.ConnectionString, App.Mail.SmtpPort);
        using var browser = factory.CreateBrowser();
        using (var before = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        // What a PostgreSQL restart does to the app's pooled connections.
        await using (var admin = new NpgsqlConnection(TestEnvironment.PostgresAdminConnection))
        {
            await admin.OpenAsync();
            await using var terminate = new NpgsqlCommand(
                "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity WHERE datname = @name AND pid <> pg_backend_pid()", admin);
            terminate.Parameters.AddWithValue("name", database.Name);
            Assert.True((long)(await terminate.ExecuteScalarAsync())! > 0);
        }

        using var during = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
        Assert.Equal(TimeSpan.FromSeconds(5), during.Headers.RetryAfter?.Delta);
        var page = await during.Content.ReadAsStringAsync();
        Assert.Contains("Service momentanément indisponible", page, StringComparison.Ordinal);
        Assert.Contains("Vos données enregistrées ne sont pas perdues", page, StringComparison.Ordinal);

        // Npgsql drops each broken connection as the app meets it: within a few pages, all are new.
        var statuses = new List<HttpStatusCode>();
        for (var i = 0; i < 20 && !statuses.Contains(HttpStatusCode.OK); i++)
        {
            using var after = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative));
            statuses.Add(after.StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, statuses[^1]);
        Assert.All(statuses[..^1], status => Assert.Equal(HttpStatusCode.ServiceUnavailable, status));
    }
}
