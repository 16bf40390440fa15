using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Connexion;

public partial class LostPasswordTests(AppFixture app) : AppTest(app)
{
    private const string Confirmation =
        "Si ces informations correspondent à un compte, un e-mail vient d'être envoyé à l'adresse indiquée avec un lien pour choisir votre mot de passe. " +
        "Le lien est valable une heure. Pensez à regarder dans vos courriers indésirables.";

    [Fact]
    public async Task The_mailed_link_sets_a_password_once_and_the_family_can_sign_in_with_it()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", password: null);
        using var client = App.Factory.CreateBrowser();

        using var answer = await RequestLinkAsync(client, meudon, "dupont1", "DUPONT1@example.org");
        var mail = await App.Mail.WaitForMailToAsync("DUPONT1@example.org");
        var link = LinkIn(mail);
        using var chosen = await ChoosePasswordAsync(client, link, "un nouveau départ");
        using var again = await ChoosePasswordAsync(client, link, "encore un autre départ");
        using var login = await client.SignInFamilyAsync(meudon, "dupont1", "un nouveau départ");

        Assert.Equal(Confirmation, (await HtmlClient.ParseAsync(answer)).TextOf("#confirmation"));
        Assert.Equal("Choisir votre mot de passe", mail.Subject);
        Assert.Contains("Conservatoire de Meudon", mail.Text);
        Assert.Equal("Votre mot de passe est enregistré. Vous pouvez vous connecter.", (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"));
        Assert.Contains("Ce lien n'est plus valide", (await HtmlClient.ParseAsync(again)).TextOf("#erreurs li"));
        Assert.Equal("/Accueil", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task The_link_expires()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        await using var shortLived = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort,
            new Dictionary<string, string> { ["Accounts:ResetLinkLifetime"] = "00:00:01" });
        using var client = shortLived.CreateBrowser();

        (await RequestLinkAsync(client, meudon, "dupont1", "dupont1@example.org")).Dispose();
        var link = LinkIn(await App.Mail.WaitForMailToAsync("dupont1@example.org"));
        await Task.Delay(TimeSpan.FromSeconds(2.5));
        using var late = await ChoosePasswordAsync(client, link, "Nouveau2026");
        using var login = await client.SignInFamilyAsync(meudon, "dupont1", "Ancien2026");

        Assert.Contains("Ce lien n'est plus valide", (await HtmlClient.ParseAsync(late)).TextOf("#erreurs li"));
        Assert.Equal("/Accueil", login.Headers.Location?.OriginalString);
    }

    [Theory]
    [InlineData("inconnu1", "dupont1@example.org")]
    [InlineData("dupont1", "quelquun@example.org")]
    public async Task An_unknown_identifier_or_a_wrong_email_gets_the_same_page_and_no_mail(string identifier, string email)
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();

        using var answer = await RequestLinkAsync(client, meudon, identifier, email);
        await Task.Delay(TimeSpan.FromSeconds(1));

        Assert.Equal(HttpStatusCode.OK, answer.StatusCode);
        Assert.Equal(Confirmation, (await HtmlClient.ParseAsync(answer)).TextOf("#confirmation"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
        Assert.Empty(await App.Mail.MessagesAsync());
    }

    [Theory]
    [InlineData("%@%")]
    [InlineData("%@example.org")]
    [InlineData("dupont_@example.org")]
    public async Task V6_4_2_an_email_pattern_mails_nobody(string email)
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();

        using var answer = await RequestLinkAsync(client, meudon, "dupont1", email);

        Assert.Equal(Confirmation, (await HtmlClient.ParseAsync(answer)).TextOf("#confirmation"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task V6_4_2_a_percent_sign_as_email_mails_nobody()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();

        using var answer = await RequestLinkAsync(client, meudon, "dupont1", "%");

        Assert.Equal("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.",
            (await HtmlClient.ParseAsync(answer)).TextOf("[data-valmsg-for='Input.Email']"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task V6_4_2_the_link_goes_to_the_address_on_record_and_the_sent_row_keeps_no_link()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();

        (await RequestLinkAsync(client, meudon, "dupont1", " DUPONT1@Example.ORG ")).Dispose();
        var mail = await App.Mail.WaitForMailToAsync("dupont1@example.org");
        await WaitUntilAsync(() => App.WithDbAsync(db => db.Outbox.AnyAsync(m => m.SentAt != null)));
        var row = await App.WithDbAsync(db => db.Outbox.SingleAsync());

        Assert.Equal("dupont1@example.org", Assert.Single(mail.Envelope!.To).Address);
        Assert.Contains("/Connexion/NouveauMotDePasse", mail.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("NouveauMotDePasse", row.TextBody + row.HtmlBody, StringComparison.Ordinal);
        Assert.Equal("Choisir votre mot de passe", row.Subject);
    }

    [Fact]
    public async Task A_mail_sent_while_the_smtp_server_is_down_arrives_once_it_is_back()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();
        await App.Mail.StopAsync();
        try
        {
            (await RequestLinkAsync(client, meudon, "dupont1", "dupont1@example.org")).Dispose();
            await WaitUntilAsync(async () => await App.WithDbAsync(db => db.Outbox.AnyAsync(m => m.Attempts > 0 && m.SentAt == null)));
        }
        finally
        {
            await App.Mail.StartAgainAsync();
        }

        var mail = await App.Mail.WaitForMailToAsync("dupont1@example.org", TimeSpan.FromSeconds(60));

        // The catcher has the mail a moment before the dispatcher records it as sent.
        await WaitUntilAsync(() => App.WithDbAsync(db => db.Outbox.AnyAsync(m => m.SentAt != null)));
        var row = await App.WithDbAsync(db => db.Outbox.SingleAsync());

        Assert.Equal("Choisir votre mot de passe", mail.Subject);
        Assert.NotNull(row.SentAt);
        Assert.True(row.Attempts >= 2);
    }

    [Theory]
    [InlineData("Abcdef1", "Le mot de passe doit contenir au moins 8 caractères.")]
    [InlineData("Abcdefghijklmno12", "Le mot de passe doit contenir au plus 16 caractères.")]
    [InlineData("Abcdefghij", "Le mot de passe doit contenir au moins un chiffre.")]
    [InlineData("abcdefgh12", "Le mot de passe doit contenir au moins une lettre majuscule.")]
    [InlineData("ABCDEFGH12", "Le mot de passe doit contenir au moins une lettre minuscule.")]
    public async Task A_password_against_the_classic_rule_of_a_site_is_refused_with_the_reason(string password, string reason)
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.WithDbAsync(async db =>
        {
            (await db.Sites.SingleAsync(s => s.Id == meudon.Id)).ChangePasswordPolicy(PasswordPolicy.Classic(8, 16));
            await db.SaveChangesAsync();
        });
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Ancien2026");
        using var client = App.Factory.CreateBrowser();
        (await RequestLinkAsync(client, meudon, "dupont1", "dupont1@example.org")).Dispose();
        var link = LinkIn(await App.Mail.WaitForMailToAsync("dupont1@example.org"));

        using var refused = await ChoosePasswordAsync(client, link, password);

        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(reason, page.TextOf("[data-valmsg-for='Input.Password']"));
        Assert.Contains("entre 8 et 16 caractères", page.TextOf("#password-rule"));
    }

    internal static async Task<HttpResponseMessage> RequestLinkAsync(HttpClient client, Site site, string identifier, string email) =>
        await client.SubmitAsync("/Connexion/MotDePassePerdu", new Dictionary<string, string>
        {
            ["Input.SiteId"] = site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Identifier"] = identifier,
            ["Input.Email"] = email,
        });

    internal static async Task<HttpResponseMessage> ChoosePasswordAsync(HttpClient client, string link, string password) =>
        await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = password,
            ["Input.Confirmation"] = password,
        });

    /// <summary>The link of the mail, made relative to the test server.</summary>
    internal static string LinkIn(CaughtMail mail)
    {
        var match = LinkPattern().Match(mail.Text ?? "");
        Assert.True(match.Success, mail.Text);
        return new Uri(match.Value).PathAndQuery;
    }

    private static async Task WaitUntilAsync(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "The condition did not become true within 20 seconds.");
            await Task.Delay(100);
        }
    }

    [GeneratedRegex(@"https?://\S+/Connexion/NouveauMotDePasse\S+")]
    private static partial Regex LinkPattern();
}
