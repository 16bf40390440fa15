using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Lancement;

public class LaunchTests(AppFixture app) : AppTest(app)
{
    private const string StaffEmail = "secretariat.meudon@example.org";
    private const string StaffPassword = "Personnel2026";
    private const string FamilyPassword = "Bienvenue2026";

    [Fact]
    public async Task A_launch_for_500_families_mails_each_family_once_and_each_link_sets_its_password_once()
    {
        var (site, _) = await SeasonAsync();
        var families = await App.WithDbAsync(db => db.AddFamiliesAsync(site, 500));
        using var staff = await App.SignInStaffBrowserAsync(StaffEmail, StaffPassword);
        var url = $"/Admin/Lancement/{site.Id}";
        var page = await staff.GetPageAsync(url);
        Assert.Equal("500", page.TextOf("#destinataires"));

        using var launched = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#lancer");
        var confirmation = (await staff.GetPageAsync(url)).TextOf("#confirmation");
        var mails = await App.Mail.WaitForMailCountAsync(500, TimeSpan.FromMinutes(3));

        Assert.Equal(HttpStatusCode.Redirect, launched.StatusCode);
        Assert.StartsWith("500 e-mails sont en file d'envoi", confirmation, StringComparison.Ordinal);
        Assert.Equal(500, mails.Count);
        var recipients = mails.Select(m => Assert.Single(m.Envelope!.To).Address).Order().ToList();
        Assert.Equal(families.Select(f => f.Guardian1.Email).Order(), recipients);
        var links = mails.ToDictionary(m => m.Envelope!.To[0].Address, SeasonData.PasswordLinkOf);
        Assert.Equal(500, links.Values.Distinct().Count());
        var first = mails.Single(m => m.IsTo("famille001@example.org"));
        Assert.Equal($"Réinscriptions {SeasonData.CurrentYear + 1}-{SeasonData.CurrentYear + 2} : votre identifiant et votre mot de passe", first.Subject);
        Assert.Contains("Votre identifiant : famille001 (site « Meudon »).", first.Text, StringComparison.Ordinal);
        Assert.StartsWith("Bonjour Madame Anne NOM001,", first.Text, StringComparison.Ordinal);
        Assert.Contains($"<a href=\"https://localhost{links["famille001@example.org"]}\">Choisir mon mot de passe</a>", first.Html, StringComparison.Ordinal);

        using var family = App.Factory.CreateBrowser();
        foreach (var identifier in new[] { "famille001", "famille250", "famille500" })
        {
            var link = links[$"{identifier}@example.org"];
            var form = await family.GetPageAsync(link);
            Assert.Equal($"Site Meudon, identifiant {identifier}.", form.TextOf("#identifiant"));

            using var chosen = await family.SubmitAsync(form, link, Passwords(FamilyPassword));
            using var again = await family.SubmitAsync(form, link, Passwords("Autre2026Mot"));

            Assert.StartsWith("Votre mot de passe est enregistré.", (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"), StringComparison.Ordinal);
            Assert.StartsWith("Ce lien n'est plus valable", (await HtmlClient.ParseAsync(again)).TextOf("#lien-invalide"), StringComparison.Ordinal);
            using var signIn = App.Factory.CreateBrowser();
            using var signedIn = await signIn.SignInFamilyAsync(site, identifier, FamilyPassword);
            Assert.Equal("/Accueil", signedIn.Headers.Location?.OriginalString);
        }

        var progress = await WaitForAsync(async () => (await staff.GetPageAsync(url)).RowsOf("#envois"), rows => rows[0][5] == "500");
        Assert.Equal(["Lancement", "500", "0", "500", "0", "3"], [progress[0][0], .. progress[0][3..]]);
        var audit = await App.WithDbAsync(db => db.AuditLog.OrderBy(l => l.Id).Select(l => new { l.Action, l.SiteId, l.Summary }).ToListAsync());
        Assert.Contains(audit, l => l.Action == "launch.sent" && l.SiteId == site.Id && l.Summary.Contains("500 familles", StringComparison.Ordinal));
        Assert.Equal(3, audit.Count(l => l.Action == "password.chosen"));
    }

    [Fact]
    public async Task Relancer_mails_only_the_families_that_have_not_started()
    {
        var (site, campaign) = await SeasonAsync();
        var families = await App.WithDbAsync(db => db.AddFamiliesAsync(site, 3));
        var withoutEmail = await App.WithDbAsync(async db =>
        {
            var family = await db.AddFamilyAsync(site, "sansmail1");
            family.Guardian1.Email = "";
            family.Guardian1.MobilePhone = "06 00 00 00 01";
            await db.SaveChangesAsync();
            return family;
        });
        using var staff = await App.SignInStaffBrowserAsync(StaffEmail, StaffPassword);
        var url = $"/Admin/Lancement/{site.Id}";
        (await staff.SubmitAsync(url, new Dictionary<string, string>(), "#lancer")).Dispose();
        var launchMails = await App.Mail.WaitForMailCountAsync(3, TimeSpan.FromSeconds(30));

        // famille001 chooses its password with its link; famille002 answers for a student without doing so.
        using (var browser = App.Factory.CreateBrowser())
        {
            (await browser.ChoosePasswordAsync(SeasonData.PasswordLinkOf(launchMails.Single(m => m.IsTo("famille001@example.org"))), FamilyPassword)).Dispose();
        }

        await App.WithDbAsync(async db =>
        {
            var student = new Student("Nom002", "Léa", new DateOnly(2014, 5, 2), Civility.Madame);
            var family = await db.Families.SingleAsync(f => f.Id == families[1].Id);
            family.AddStudent(student);
            await db.SaveChangesAsync();
            var request = new ReenrollmentRequest(campaign.Id, student.Id);
            request.DeclineReenrolment(DateTimeOffset.UtcNow);
            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
        });
        await App.Mail.WaitForMailCountAsync(4, TimeSpan.FromSeconds(30));
        await App.Mail.ClearAsync();
        var page = await staff.GetPageAsync(url);
        Assert.Contains(": 1.", page.TextOf("#pas-commence"), StringComparison.Ordinal);

        using var reminded = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#relancer");
        using var doubleClick = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#relancer");
        var after = await staff.GetPageAsync(url);
        var reminder = await App.Mail.WaitForMailToAsync("famille003@example.org");
        await Task.Delay(TimeSpan.FromSeconds(2));

        var mails = await App.Mail.MessagesAsync();
        Assert.Equal(["famille003@example.org"], mails.Select(m => m.Envelope!.To[0].Address));
        Assert.StartsWith("Rappel : réinscriptions", reminder.Subject, StringComparison.Ordinal);
        Assert.Contains("Vous n'avez pas encore commencé", reminder.Text, StringComparison.Ordinal);
        Assert.StartsWith("Un autre envoi vient d'être fait", after.TextOf("#confirmation"), StringComparison.Ordinal);
        Assert.Equal(["Lancement", "Relance"], after.RowsOf("#envois").Select(r => r[0]));
        Assert.Equal("1", after.RowsOf("#envois")[1][3]);
        Assert.Equal([[withoutEmail.Identifier, "LEFEBVRE Anne", "06 00 00 00 01"]], after.RowsOf("#familles-sans-adresse"));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(l => l.Action == "launch.reminded")));
    }

    [Fact]
    public async Task A_second_launch_of_a_campaign_is_refused_and_mails_nobody_twice()
    {
        var (site, _) = await SeasonAsync();
        await App.WithDbAsync(db => db.AddFamiliesAsync(site, 2));
        using var staff = await App.SignInStaffBrowserAsync(StaffEmail, StaffPassword);
        var url = $"/Admin/Lancement/{site.Id}";
        var page = await staff.GetPageAsync(url);

        (await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#lancer")).Dispose();
        using var second = await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#lancer");
        var after = await staff.GetPageAsync(url);
        await App.Mail.WaitForMailCountAsync(2, TimeSpan.FromSeconds(30));
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.Redirect, second.StatusCode);
        Assert.StartsWith("Un autre envoi vient d'être fait", after.TextOf("#confirmation"), StringComparison.Ordinal);
        Assert.Null(after.QuerySelector("#lancer"));
        Assert.Equal(2, (await App.Mail.MessagesAsync()).Count);
        Assert.Equal(1, await App.WithDbAsync(db => db.LaunchMailings.CountAsync()));
    }

    [Fact]
    public async Task A_link_stops_working_once_the_campaign_has_closed()
    {
        var (site, campaign) = await SeasonAsync();
        await App.WithDbAsync(db => db.AddFamiliesAsync(site, 1));
        using var staff = await App.SignInStaffBrowserAsync(StaffEmail, StaffPassword);
        (await staff.SubmitAsync($"/Admin/Lancement/{site.Id}", new Dictionary<string, string>(), "#lancer")).Dispose();
        var link = SeasonData.PasswordLinkOf(await App.Mail.WaitForMailToAsync("famille001@example.org"));
        using var family = App.Factory.CreateBrowser();
        var open = await family.GetPageAsync(link);

        await App.WithDbAsync(async db =>
        {
            var closing = await db.Campaigns.SingleAsync(c => c.Id == campaign.Id);
            closing.Reschedule(closing.OpensAt, DateTimeOffset.UtcNow.AddMinutes(-1), closing.DocumentsDeadline);
            await db.SaveChangesAsync();
        });
        var closed = await family.GetPageAsync(link);
        using var posted = await family.SubmitAsync(open, link, Passwords(FamilyPassword));

        Assert.NotNull(open.QuerySelector("#identifiant"));
        Assert.StartsWith("Ce lien n'est plus valable", closed.TextOf("#lien-invalide"), StringComparison.Ordinal);
        Assert.StartsWith("Ce lien n'est plus valable", (await HtmlClient.ParseAsync(posted)).TextOf("#lien-invalide"), StringComparison.Ordinal);
        Assert.Null(await App.WithDbAsync(db => db.Families.Select(f => f.AccountId).SingleAsync()));
    }

    [Fact]
    public async Task A_password_the_site_refuses_is_named_next_to_the_field_and_the_link_still_works()
    {
        var (site, _) = await SeasonAsync();
        await App.WithDbAsync(db => db.AddFamiliesAsync(site, 1));
        using var staff = await App.SignInStaffBrowserAsync(StaffEmail, StaffPassword);
        (await staff.SubmitAsync($"/Admin/Lancement/{site.Id}", new Dictionary<string, string>(), "#lancer")).Dispose();
        var link = SeasonData.PasswordLinkOf(await App.Mail.WaitForMailToAsync("famille001@example.org"));
        using var family = App.Factory.CreateBrowser();

        using var tooShort = await family.ChoosePasswordAsync(link, "Court1");
        using var chosen = await family.ChoosePasswordAsync(link, FamilyPassword);

        Assert.Equal("Le mot de passe doit contenir au moins 12 caractères.", (await HtmlClient.ParseAsync(tooShort)).TextOf("[data-valmsg-for='Input.Password']"));
        Assert.StartsWith("Votre mot de passe est enregistré.", (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"), StringComparison.Ordinal);
        var confirmation = await WaitForAsync(
            async () => (await App.Mail.MessagesAsync()).Where(m => m.Subject == "Votre mot de passe a été choisi").ToList(),
            found => found.Count == 1);
        Assert.True(confirmation[0].IsTo("famille001@example.org"));
    }

    private async Task<(Site Site, ReenrollmentCampaign Campaign)> SeasonAsync()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var campaign = await App.WithDbAsync(db => db.AddOpenCampaignAsync(site));
        await App.AddStaffAsync(StaffEmail, StaffPassword, (site, StaffRole.Secretariat));
        return (site, campaign);
    }

    private static Dictionary<string, string> Passwords(string password) => new()
    {
        ["Input.Password"] = password,
        ["Input.Confirmation"] = password,
    };

    private static async Task<T> WaitForAsync<T>(Func<Task<T>> read, Func<T, bool> done)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        var value = await read();
        while (!done(value) && DateTime.UtcNow < deadline)
        {
            await Task.Delay(250);
            value = await read();
        }

        return value;
    }
}
