using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.WarmUp;

/// <summary>The warm-up a restarted app runs on itself before it reports healthy: bounded, and it writes nothing.</summary>
public class SelfWarmUpTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_restarted_app_reports_healthy_once_warm_without_having_written_a_row_or_a_mail()
    {
        await using var factory = new ReinscriptionFactory(
            App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string> { ["WarmUp:Enabled"] = "true" });
        using var client = factory.CreateClient();

        var report = "";
        var deadline = DateTime.UtcNow.AddSeconds(25);
        while (DateTime.UtcNow < deadline)
        {
            using var response = await client.GetAsync(new Uri("/health", UriKind.Relative));
            report = await response.Content.ReadAsStringAsync();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                break;
            }

            Assert.Contains("\nwarm-up: Unhealthy - warming up", report, StringComparison.Ordinal);
            await Task.Delay(100);
        }

        Assert.StartsWith("Healthy\n", report, StringComparison.Ordinal);
        Assert.Contains("\nwarm-up: Healthy - done", report, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Sessions.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }
}
