using System.Net;
using Npgsql;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests;

public class DatabaseUnavailableTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_family_opening_a_page_while_postgresql_restarts_gets_a_french_503_and_the_app_recovers_by_itself()
    {
        await using var database = await TestDatabase.CreateAsync();
        var direct = new NpgsqlConnectionStringBuilder(database.ConnectionString);
        await using var outage = PostgresOutage.Start(direct.Host!, direct.Port);
        var relayed = new NpgsqlConnectionStringBuilder(database.ConnectionString) { Port = outage.Port, Timeout = 3 };
        await using var factory = new ReinscriptionFactory(relayed.ConnectionString, App.Mail.SmtpPort);
        using var browser = factory.CreateBrowser();
        using (var before = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        }

        outage.Cut();
        using (var during = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, during.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), during.Headers.RetryAfter?.Delta);
            var page = await during.Content.ReadAsStringAsync();
            Assert.Contains("Service momentanément indisponible", page, StringComparison.Ordinal);
            Assert.Contains("Vos données enregistrées ne sont pas perdues", page, StringComparison.Ordinal);
        }

        using (var health = await browser.GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.ServiceUnavailable, health.StatusCode);
        }

        outage.Restore();
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
