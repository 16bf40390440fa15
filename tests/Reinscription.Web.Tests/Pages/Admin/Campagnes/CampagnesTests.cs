using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Campagnes;

public class CampagnesTests(AppFixture app) : AppTest(app)
{
    private static readonly TimeZoneInfo Paris = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    [Fact]
    public async Task A_campaign_created_by_the_secretariat_opens_and_closes_the_wizard_at_the_typed_Paris_times()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        using var parent = await season.SignInParentAsync(App);
        var tab = $"/Reinscription/{season.LucasId}";
        var before = await parent.GetPageAsync(tab);
        var minute = ParisNowToTheMinute();
        var opens = minute.AddMinutes(3);
        var closes = minute.AddDays(20).Date.AddHours(12);

        using var created = await CreateAsync(staff, season.Meudon.Id, 2026, opens, closes, closes.AddDays(30));
        var list = await staff.GetPageAsync("/Admin/Campagnes");
        var notYet = await parent.GetPageAsync(tab);

        Assert.Equal("Aucune campagne de réinscription n'est prévue pour le moment. Le conservatoire vous préviendra de son ouverture.", before.TextOf("#etat"));
        Assert.Equal("/Admin/Campagnes", created.Headers.Location?.OriginalString);
        var row = Assert.Single(list.RowsOf("#campagnes"));
        Assert.Equal(["Meudon", "2026-2027", "complète", Shown(opens), Shown(closes), Shown(closes.AddDays(30)), "À venir", "Oui"], row[..8]);
        var stored = await App.WithDbAsync(db => db.Campaigns.SingleAsync());
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(opens, Paris), stored.OpensAt.UtcDateTime);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(closes, Paris), stored.ClosesAt.UtcDateTime);
        Assert.Equal($"Les réinscriptions pour 2026-2027 ouvriront le {Shown(opens)}.", notYet.TextOf("#etat"));

        // Not yet open, so the opening may still move: to the minute that has just begun.
        var editForm = await staff.GetPageAsync($"/Admin/Campagnes/Modifier/{stored.Id}");
        Assert.Null(editForm.QuerySelector("#Input_OpensAt[readonly]"));
        Assert.Null(editForm.QuerySelector("#mode-administrative[disabled]"));
        Assert.Equal(Typed(opens), editForm.QuerySelector("#Input_OpensAt")!.GetAttribute("value"));
        using var moved = await staff.SubmitAsync(editForm, $"/Admin/Campagnes/Modifier/{stored.Id}", new Dictionary<string, string>
        {
            ["Input.OpensAt"] = Typed(minute),
        }, "#campagne");
        var open = await parent.GetPageAsync(tab);

        Assert.Equal(HttpStatusCode.Redirect, moved.StatusCode);
        Assert.StartsWith($"Réinscriptions pour 2026-2027 jusqu'au {Shown(closes)}.", open.TextOf("#etat"), StringComparison.Ordinal);
        Assert.NotNull(open.QuerySelector("form[action*='handler=Reinscrire']"));

        using var closed = await staff.SubmitAsync($"/Admin/Campagnes/Modifier/{stored.Id}", new Dictionary<string, string>(), "#clore");
        var after = await parent.GetPageAsync(tab);
        var closedAt = await App.WithDbAsync(db => db.Campaigns.Select(c => c.ClosesAt).SingleAsync());

        Assert.Equal(HttpStatusCode.Redirect, closed.StatusCode);
        Assert.Equal($"Les réinscriptions pour 2026-2027 sont closes depuis le {Shown(TimeZoneInfo.ConvertTime(closedAt, Paris).DateTime)}.", after.TextOf("#etat"));
        Assert.Null(after.QuerySelector("form[action*='handler=Reinscrire']"));
        Assert.True(closedAt < DateTimeOffset.UtcNow.AddMinutes(1) && closedAt > DateTimeOffset.UtcNow.AddMinutes(-1));
        Assert.Equal(
            [("campaign.created", Season.MeudonSecretariat), ("campaign.updated", Season.MeudonSecretariat), ("campaign.closed", Season.MeudonSecretariat)],
            await Season.AuditAsync(App));
        var update = await Season.LastAuditAsync(App, "campaign.updated");
        Assert.Equal(stored.Id.ToString(CultureInfo.InvariantCulture), update.RecordId);
        var change = Assert.Single(update.Changes);
        Assert.Equal(("Ouverture", Shown(opens), Shown(minute)), (change.Field, change.Before, change.After));
    }

    [Fact]
    public async Task Dates_typed_around_the_changes_of_time_are_stored_at_the_Paris_instants_and_a_skipped_hour_is_refused()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        // 28/03/2027 02:30 does not exist in Paris; 31/10/2027 02:30 happens twice.
        using var skipped = await CreateAsync(staff, season.Meudon.Id, 2027, new(2027, 3, 28, 2, 30, 0), new(2027, 10, 31, 2, 30, 0), new(2027, 11, 1, 0, 0, 0));
        using var created = await CreateAsync(staff, season.Meudon.Id, 2027, new(2027, 3, 28, 3, 0, 0), new(2027, 10, 31, 2, 30, 0), new(2027, 11, 1, 0, 0, 0));
        var list = await staff.GetPageAsync("/Admin/Campagnes");

        Assert.Equal("Cette heure n'existe pas à Paris : ce jour-là, les horloges passent de 02:00 à 03:00. Choisissez une autre heure.",
            (await HtmlClient.ParseAsync(skipped)).TextOf("[data-valmsg-for='Input.OpensAt']"));
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var stored = await App.WithDbAsync(db => db.Campaigns.SingleAsync());
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero), stored.OpensAt);
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 1, 30, 0, TimeSpan.Zero), stored.ClosesAt);
        Assert.Equal(["28/03/2027 à 03:00", "31/10/2027 à 02:30"], list.RowsOf("#campagnes")[0][3..5]);
    }

    [Fact]
    public async Task Overlapping_campaigns_of_a_site_for_one_year_are_refused_with_a_message()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        using var sevresStaff = await Season.SignInAsync(App, Season.SevresSecretariat);
        var may = new DateTime(2027, 5, 3, 9, 0, 0);

        using var first = await CreateAsync(staff, season.Meudon.Id, 2027, may, may.AddDays(14), may.AddDays(60));
        using var overlapping = await CreateAsync(staff, season.Meudon.Id, 2027, may.AddDays(13), may.AddDays(30), may.AddDays(60));
        using var afterwards = await CreateAsync(staff, season.Meudon.Id, 2027, may.AddDays(14), may.AddDays(30), may.AddDays(60));
        using var otherSite = await CreateAsync(sevresStaff, season.Sevres.Id, 2027, may, may.AddDays(14), may.AddDays(60));

        var refused = await HtmlClient.ParseAsync(overlapping);
        Assert.Equal(HttpStatusCode.OK, overlapping.StatusCode);
        Assert.Equal(
            "Une autre campagne de ce site pour cette année est ouverte du 03/05/2027 à 09:00 au 17/05/2027 à 09:00 : " +
            "deux campagnes d'un même site pour une même année ne peuvent pas se chevaucher.",
            refused.TextOf("[data-valmsg-for='Input.OpensAt']"));
        Assert.Equal("2027-05-16T09:00", refused.QuerySelector("#Input_OpensAt")!.GetAttribute("value"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { first.StatusCode, afterwards.StatusCode, otherSite.StatusCode });
        Assert.Equal(3, await App.WithDbAsync(db => db.Campaigns.CountAsync()));
        Assert.Equal(3, (await Season.AuditAsync(App)).Count(a => a.Action == "campaign.created"));
    }

    [Fact]
    public async Task Two_secretaries_saving_overlapping_campaigns_at_once_get_one_campaign()
    {
        var season = await Season.AddAsync(App);
        using var one = await Season.SignInAsync(App, Season.MeudonSecretariat);
        using var other = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var pages = new[] { await one.GetPageAsync("/Admin/Campagnes/Creer"), await other.GetPageAsync("/Admin/Campagnes/Creer") };
        var may = new DateTime(2027, 5, 3, 9, 0, 0);

        var responses = await Task.WhenAll(
            one.SubmitAsync(pages[0], "/Admin/Campagnes/Creer", Fields(season.Meudon.Id, 2027, may, may.AddDays(14), may.AddDays(60))),
            other.SubmitAsync(pages[1], "/Admin/Campagnes/Creer", Fields(season.Meudon.Id, 2027, may.AddDays(1), may.AddDays(20), may.AddDays(60))));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.Redirect], responses.Select(r => r.StatusCode).Order());
        Assert.Equal(1, await App.WithDbAsync(db => db.Campaigns.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task An_opened_campaign_keeps_its_opening_date_but_may_close_later()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var minute = ParisNowToTheMinute();
        (await CreateAsync(staff, season.Meudon.Id, 2026, minute.AddHours(-1), minute.AddDays(10), minute.AddDays(40))).Dispose();
        var id = await App.WithDbAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());

        var form = await staff.GetPageAsync($"/Admin/Campagnes/Modifier/{id}");
        using var moved = await staff.SubmitAsync(form, $"/Admin/Campagnes/Modifier/{id}", new Dictionary<string, string>
        {
            ["Input.OpensAt"] = Typed(minute.AddDays(1)),
            ["Input.Mode"] = nameof(CampaignMode.Administrative),
        }, "#campagne");
        using var later = await staff.SubmitAsync($"/Admin/Campagnes/Modifier/{id}", new Dictionary<string, string>
        {
            ["Input.ClosesAt"] = Typed(minute.AddDays(15)),
        }, "#campagne");

        Assert.NotNull(form.QuerySelector("#Input_OpensAt[readonly]"));
        Assert.NotNull(form.QuerySelector("#mode-administrative[disabled]"));
        var refused = await HtmlClient.ParseAsync(moved);
        Assert.Equal("Cette campagne est déjà ouverte : sa date d'ouverture ne peut plus changer.", refused.TextOf("[data-valmsg-for='Input.OpensAt']"));
        Assert.Equal("Cette campagne est déjà ouverte : son mode ne peut plus changer.", refused.TextOf("[data-valmsg-for='Input.Mode']"));
        Assert.Equal(HttpStatusCode.Redirect, later.StatusCode);
        var stored = await App.WithDbAsync(db => db.Campaigns.SingleAsync());
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(minute.AddHours(-1), Paris), stored.OpensAt.UtcDateTime);
        Assert.Equal(TimeZoneInfo.ConvertTimeToUtc(minute.AddDays(15), Paris), stored.ClosesAt.UtcDateTime);
        Assert.Equal(CampaignMode.Complete, stored.Mode);
        Assert.Equal(["campaign.created", "campaign.updated"], (await Season.AuditAsync(App)).Select(a => a.Action));
    }

    [Fact]
    public async Task An_opened_campaign_whose_opening_has_seconds_is_saved_with_its_opening_untouched()
    {
        var season = await Season.AddAsync(App);
        var opensAt = DateTimeOffset.UtcNow.AddHours(-1).AddSeconds(17);
        var id = await App.WithDbAsync(async db =>
        {
            var campaign = new ReenrollmentCampaign(season.Meudon.Id, season.NextYearId, opensAt, opensAt.AddDays(10), opensAt.AddDays(40));
            db.Campaigns.Add(campaign);
            await db.SaveChangesAsync();
            return campaign.Id;
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        using var saved = await staff.SubmitAsync($"/Admin/Campagnes/Modifier/{id}", new Dictionary<string, string>
        {
            ["Input.TabText"] = "Bienvenue.",
        }, "#campagne");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var stored = await App.WithDbAsync(db => db.Campaigns.SingleAsync());
        Assert.Equal(opensAt.UtcTicks / TimeSpan.TicksPerMicrosecond, stored.OpensAt.UtcTicks / TimeSpan.TicksPerMicrosecond);
        Assert.Equal("Bienvenue.", stored.Texts.Tab);
    }

    [Fact]
    public async Task Another_sites_campaign_answers_404_on_get_and_post()
    {
        var season = await Season.AddAsync(App);
        using var sevresStaff = await Season.SignInAsync(App, Season.SevresSecretariat);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var minute = ParisNowToTheMinute();
        (await CreateAsync(sevresStaff, season.Sevres.Id, 2026, minute.AddHours(-1), minute.AddDays(10), minute.AddDays(40))).Dispose();
        var sevresCampaign = await App.WithDbAsync(db => db.Campaigns.SingleAsync());
        var tokenPage = await staff.GetPageAsync("/Admin/Campagnes/Creer");

        await staff.GetPageAsync($"/Admin/Campagnes/Modifier/{sevresCampaign.Id}", HttpStatusCode.NotFound);
        await staff.GetPageAsync($"/Admin/Campagnes/Creer?siteId={season.Sevres.Id}", HttpStatusCode.NotFound);
        using var edit = await staff.PostWithTokenAsync(tokenPage, $"/Admin/Campagnes/Modifier/{sevresCampaign.Id}", new Dictionary<string, string>
        {
            ["Input.OpensAt"] = Typed(minute.AddHours(-1)),
            ["Input.ClosesAt"] = Typed(minute.AddDays(1)),
            ["Input.DocumentsDeadline"] = Typed(minute.AddDays(40)),
            ["Input.Mode"] = nameof(CampaignMode.Complete),
        });
        using var close = await staff.PostWithTokenAsync(tokenPage, $"/Admin/Campagnes/Modifier/{sevresCampaign.Id}?handler=Clore", new Dictionary<string, string>());
        using var create = await staff.SubmitAsync(tokenPage, "/Admin/Campagnes/Creer", Fields(season.Sevres.Id, 2027, minute.AddDays(100), minute.AddDays(110), minute.AddDays(120)));
        var list = await staff.GetPageAsync("/Admin/Campagnes");

        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], new[] { edit.StatusCode, close.StatusCode, create.StatusCode });
        Assert.Equal(sevresCampaign.ClosesAt, await App.WithDbAsync(db => db.Campaigns.Select(c => c.ClosesAt).SingleAsync()));
        Assert.Empty(list.RowsOf("#campagnes"));
        Assert.DoesNotContain(season.Sevres.Id.ToString(CultureInfo.InvariantCulture), tokenPage.QuerySelectorAll("#Input_SiteId option").Select(o => o.GetAttribute("value")));
    }

    internal static async Task<HttpResponseMessage> CreateAsync(HttpClient staff, int siteId, int startYear, DateTime opens, DateTime closes, DateTime deadline, CampaignMode mode = CampaignMode.Complete) =>
        await staff.SubmitAsync("/Admin/Campagnes/Creer", Fields(siteId, startYear, opens, closes, deadline, mode));

    internal static Dictionary<string, string> Fields(int siteId, int startYear, DateTime opens, DateTime closes, DateTime deadline, CampaignMode mode = CampaignMode.Complete) => new()
    {
        ["Input.SiteId"] = siteId.ToString(CultureInfo.InvariantCulture),
        ["Input.TargetStartYear"] = startYear.ToString(CultureInfo.InvariantCulture),
        ["Input.OpensAt"] = Typed(opens),
        ["Input.ClosesAt"] = Typed(closes),
        ["Input.DocumentsDeadline"] = Typed(deadline),
        ["Input.Mode"] = mode.ToString(),
    };

    /// <summary>What a browser's date and time field sends.</summary>
    internal static string Typed(DateTime parisLocal) => parisLocal.ToString("yyyy-MM-dd'T'HH:mm", CultureInfo.InvariantCulture);

    internal static string Shown(DateTime parisLocal) => parisLocal.ToString("dd/MM/yyyy 'à' HH:mm", CultureInfo.InvariantCulture);

    internal static DateTime ParisNowToTheMinute()
    {
        var now = TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, Paris).DateTime;
        return new DateTime(now.Year, now.Month, now.Day, now.Hour, now.Minute, 0, DateTimeKind.Unspecified);
    }
}
