using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Web.Email;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Metrics;

/// <summary>/metrics as an operator's Prometheus reads it from the instance, and as anyone else does not.</summary>
public partial class MetricsTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Course2026";
    private static readonly IPAddress Prometheus = IPAddress.Loopback;

    [Fact]
    public async Task A_family_validating_its_request_moves_the_submitted_count_and_its_course_seats_by_one()
    {
        var (site, slotId, studentId) = await FamilyAtStepFiveAsync();
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(site, "famille01", Password)).Dispose();
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{studentId}");
        var before = await ScrapeAsync(Prometheus);
        Assert.Equal(HttpStatusCode.OK, before.Status);

        using var response = await client.SubmitAsync(
            recap, $"/Reinscription/Recapitulatif/{studentId}", new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" });

        Assert.Equal($"/Reinscription/Finalisation/{studentId}", response.Headers.Location?.OriginalString);
        var after = await ScrapeAsync(Prometheus);
        Assert.Equal(Value(before.Body, "reinscription_requests_submitted_total") + 1, Value(after.Body, "reinscription_requests_submitted_total"));
        (string, string)[] slot = [("course", slotId.ToString(CultureInfo.InvariantCulture)), ("course_label", "Formation musicale : FM 2.2 (33) - JEUDI - 17.00 à 18.30")];
        Assert.Equal(0, Value(before.Body, "reinscription_seats_taken", slot));
        Assert.Equal(1, Value(after.Body, "reinscription_seats_taken", slot));
    }

    [Fact]
    public async Task A_replayed_validation_counts_once()
    {
        var (site, _, studentId) = await FamilyAtStepFiveAsync();
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(site, "famille01", Password)).Dispose();
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{studentId}");
        var before = Value((await ScrapeAsync(Prometheus)).Body, "reinscription_requests_submitted_total");
        var values = new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" };

        (await client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{studentId}", values)).Dispose();
        using var replay = await client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{studentId}", values);

        Assert.Equal($"/Reinscription/Finalisation/{studentId}", replay.Headers.Location?.OriginalString);
        Assert.Equal(before + 1, Value((await ScrapeAsync(Prometheus)).Body, "reinscription_requests_submitted_total"));
    }

    [Fact]
    public async Task A_mail_waiting_for_the_smtp_server_shows_in_the_outbox_depth_and_its_age()
    {
        var empty = await ScrapeAsync(Prometheus);
        Assert.Equal(0, Value(empty.Body, "reinscription_outbox_depth"));
        Assert.Equal(0, Value(empty.Body, "reinscription_outbox_oldest_unsent_seconds"));
        await App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            var mail = new OutboxMessage("famille@example.org", "Réinscription enregistrée", "<p>Bonjour</p>", "Bonjour", now.AddMinutes(-10));
            // The server could not be reached three times: the next try is 20 s away, after this test.
            for (var attempt = 0; attempt < 3; attempt++)
            {
                mail.MarkFailed("Connection refused", now);
            }

            db.Outbox.Add(mail);
            await db.SaveChangesAsync();
        });

        var scraped = await ScrapeAsync(Prometheus);

        Assert.Equal(1, Value(scraped.Body, "reinscription_outbox_depth"));
        Assert.InRange(Value(scraped.Body, "reinscription_outbox_oldest_unsent_seconds"), 600, 660);
    }

    [Fact]
    public async Task The_metrics_are_a_page_that_does_not_exist_for_a_client_outside_the_allowed_networks()
    {
        var stranger = await ScrapeAsync(IPAddress.Parse("203.0.113.7"));
        // Behind a proxy on the same machine the connection is local: the client's own address decides.
        var throughProxy = await ScrapeAsync(IPAddress.Loopback, forwardedFor: "203.0.113.7");

        Assert.Equal(HttpStatusCode.NotFound, stranger.Status);
        Assert.DoesNotContain("reinscription_", stranger.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, throughProxy.Status);
        Assert.DoesNotContain("reinscription_", throughProxy.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_prometheus_server_of_an_allowed_network_reads_the_metrics_without_a_session()
    {
        await using var factory = new ReinscriptionFactory(
            App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string> { ["Metrics:AllowedNetworks:0"] = "10.20.0.0/16" });
        using (var health = await factory.CreateClient().GetAsync(new Uri("/health", UriKind.Relative)))
        {
            Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        }

        var allowed = await ScrapeAsync(factory, IPAddress.Parse("10.20.3.4"));
        var outside = await ScrapeAsync(factory, IPAddress.Parse("10.21.3.4"));

        Assert.Equal(HttpStatusCode.OK, allowed.Status);
        Assert.Contains("\nreinscription_outbox_depth", allowed.Body, StringComparison.Ordinal);
        Assert.Contains("\nhttp_server_request_duration_seconds_bucket", allowed.Body, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.NotFound, outside.Status);
    }

    private Task<(HttpStatusCode Status, string Body)> ScrapeAsync(IPAddress from, string? forwardedFor = null) =>
        ScrapeAsync(App.Factory, from, forwardedFor);

    /// <summary>GET /metrics from <paramref name="from"/>, the address the connection comes from.</summary>
    private static async Task<(HttpStatusCode Status, string Body)> ScrapeAsync(ReinscriptionFactory factory, IPAddress from, string? forwardedFor = null)
    {
        var context = await factory.Server.SendAsync(c =>
        {
            c.Request.Method = HttpMethods.Get;
            c.Request.Path = "/metrics";
            c.Connection.RemoteIpAddress = from;
            if (forwardedFor is not null)
            {
                c.Request.Headers["X-Forwarded-For"] = forwardedFor;
            }
        });
        using var reader = new StreamReader(context.Response.Body);
        return ((HttpStatusCode)context.Response.StatusCode, await reader.ReadToEndAsync());
    }

    /// <summary>The value of the one sample of <paramref name="name"/> that has <paramref name="labels"/>; 0 when there is none.</summary>
    private static double Value(string exposition, string name, params (string Label, string Value)[] labels)
    {
        var samples = exposition.Split('\n')
            .Where(line => line.Length > 0 && line[0] != '#')
            .Select(line => (
                Name: line[..line.IndexOfAny([' ', '{'])],
                Labels: SampleLabel().Matches(line).ToDictionary(m => m.Groups[1].Value, m => m.Groups[2].Value),
                Value: double.Parse(line[(line.LastIndexOf(' ') + 1)..], CultureInfo.InvariantCulture)))
            .Where(sample => sample.Name == name && labels.All(l => sample.Labels.GetValueOrDefault(l.Label) == l.Value))
            .ToList();
        Assert.True(samples.Count <= 1, $"Several samples of {name}");
        return samples.Count == 0 ? 0 : samples[0].Value;
    }

    [GeneratedRegex(@"(\w+)=""((?:[^""\\]|\\.)*)""")]
    private static partial Regex SampleLabel();

    private async Task<(Domain.Sites.Site Site, int SlotId, int StudentId)> FamilyAtStepFiveAsync()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var (campaignId, thisYearId, slotId) = await App.WithDbAsync(async db =>
        {
            var current = new SchoolYear(2025);
            current.MakeCurrent();
            var next = new SchoolYear(2026);
            var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.AddRange(current, next, fm);
            await db.SaveChangesAsync();
            var thisYear = new Course(site.Id, current.Id, fm.Id, "FM 2.1 (21)", 10, ChoiceMode.FamilyChooses);
            var slot = new Course(site.Id, next.Id, fm.Id, "FM 2.2 (33)", 5, ChoiceMode.FamilyChooses);
            slot.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));
            var now = DateTimeOffset.UtcNow;
            var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddDays(-1), now.AddDays(30), now.AddDays(60));
            db.AddRange(thisYear, slot, campaign);
            await db.SaveChangesAsync();
            return (campaign.Id, thisYear.Id, slot.Id);
        });

        var family = await App.AddFamilyWithAccountAsync(site, "famille01", Password);
        var studentId = await App.WithDbAsync(async db =>
        {
            var student = new Student("Famille", "Élève", new DateOnly(2013, 1, 1), Civility.Madame);
            (await db.Families.SingleAsync(f => f.Id == family.Id)).AddStudent(student);
            await db.SaveChangesAsync();
            var enrollment = new Enrollment(student.Id, thisYearId);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            var request = new ReenrollmentRequest(campaignId, student.Id) { ImageRights = true, MayLeaveAlone = true };
            request.ChooseToReenrol();
            request.ReachStep(5);
            request.AddChoice(new CourseChoice(enrollment.Id, continues: true, slotId));
            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
            return student.Id;
        });
        return (site, slotId, studentId);
    }
}
