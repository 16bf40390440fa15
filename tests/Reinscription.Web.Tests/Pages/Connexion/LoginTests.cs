using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Pages.Connexion;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Connexion;

public class LoginTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_login_form_offers_site_identifier_password_and_the_help_links()
    {
        await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        using var client = App.Factory.CreateBrowser();

        var page = await client.GetPageAsync("/Connexion");

        Assert.Equal(["Site", "Identifiant", "Mot de passe"], page.QuerySelectorAll("main form label").Select(l => l.TextContent.Trim()));
        Assert.Contains("Meudon", page.QuerySelectorAll("select option").Select(o => o.TextContent));
        Assert.Equal("Se connecter", page.TextOf("main form button"));
        Assert.Contains("Mot de passe perdu", page.TextOf("main ul"));
        Assert.Contains("Aide - Accessibilité", page.TextOf("main ul"));
    }

    [Fact]
    public async Task The_same_identifier_on_two_sites_reaches_two_families_with_their_own_passwords()
    {
        var (meudon, boulogne) = await TwoSitesAsync();
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Meudon2026");
        var boulogneFamily = await App.AddFamilyWithAccountAsync(boulogne, "dupont1", "Boulogne2026");
        await App.WithDbAsync(async db =>
        {
            var family = await db.Families.SingleAsync(f => f.Id == boulogneFamily.Id);
            family.Guardian1.FirstName = "Gérard";
            family.Guardian1.Civility = Reinscription.Domain.Families.Civility.Monsieur;
            await db.SaveChangesAsync();
        });

        using var meudonParent = App.Factory.CreateBrowser();
        using var boulogneParent = App.Factory.CreateBrowser();
        using var meudonLogin = await meudonParent.SignInFamilyAsync(meudon, "dupont1", "Meudon2026");
        using var boulogneLogin = await boulogneParent.SignInFamilyAsync(boulogne, "DUPONT1", "Boulogne2026");

        Assert.Equal("/Accueil", meudonLogin.Headers.Location?.OriginalString);
        Assert.Equal("/Accueil", boulogneLogin.Headers.Location?.OriginalString);
        Assert.Equal("Bonjour Madame Anne LEFEBVRE", (await meudonParent.GetPageAsync("/Accueil")).TextOf("#salutation"));
        Assert.Equal("Bonjour Monsieur Gérard LEFEBVRE", (await boulogneParent.GetPageAsync("/Accueil")).TextOf("#salutation"));
    }

    [Fact]
    public async Task A_right_password_on_the_wrong_site_is_refused_and_keeps_what_was_typed()
    {
        var (meudon, boulogne) = await TwoSitesAsync();
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Meudon2026");
        using var client = App.Factory.CreateBrowser();

        using var response = await client.SignInFamilyAsync(boulogne, "dupont1", "Meudon2026");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal(IndexModel.FailureMessage, page.TextOf("#erreurs li"));
        Assert.Equal("dupont1", page.QuerySelector("#Input_Identifier")!.GetAttribute("value"));
        Assert.Equal(boulogne.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            page.QuerySelector("#Input_SiteId option[selected]")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Empty_fields_are_named_next_to_each_field()
    {
        await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        using var client = App.Factory.CreateBrowser();

        using var response = await client.SubmitAsync("/Connexion", new Dictionary<string, string>());

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("Choisissez votre site.", page.TextOf("[data-valmsg-for='Input.SiteId']"));
        Assert.Equal("Saisissez votre identifiant.", page.TextOf("[data-valmsg-for='Input.Identifier']"));
        Assert.Equal("Saisissez votre mot de passe.", page.TextOf("[data-valmsg-for='Input.Password']"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_for_15_minutes_without_revealing_the_identifier()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var family = await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Meudon2026");
        using var client = App.Factory.CreateBrowser();

        for (var attempt = 0; attempt < 5; attempt++)
        {
            using var wrong = await client.SignInFamilyAsync(meudon, "dupont1", "Mauvais2026");
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        }

        using var locked = await client.SignInFamilyAsync(meudon, "dupont1", "Meudon2026");
        using var unknown = await client.SignInFamilyAsync(meudon, "inconnu9", "Meudon2026");

        Assert.Equal(HttpStatusCode.OK, locked.StatusCode);
        var lockedText = (await HtmlClient.ParseAsync(locked)).TextOf("#erreurs li");
        Assert.Contains("bloquée pendant 15 minutes", lockedText);
        Assert.Equal(lockedText, (await HtmlClient.ParseAsync(unknown)).TextOf("#erreurs li"));
        var lockoutEnd = await App.WithDbAsync(db => db.Users.Where(u => u.Id == family.AccountId).Select(u => u.LockoutEnd).SingleAsync());
        Assert.NotNull(lockoutEnd);
        Assert.InRange(lockoutEnd.Value - DateTimeOffset.UtcNow, TimeSpan.FromMinutes(14), TimeSpan.FromMinutes(15));
    }

    [Fact]
    public async Task Too_many_sign_in_attempts_from_one_client_answer_429_in_french()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await using var strict = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort,
            new Dictionary<string, string> { ["RateLimits:SignInPerMinute"] = "3" });
        using var client = strict.CreateBrowser();

        var statuses = new List<HttpStatusCode>();
        for (var attempt = 0; attempt < 4; attempt++)
        {
            using var response = await client.SignInFamilyAsync(meudon, "dupont1", "Mauvais2026");
            statuses.Add(response.StatusCode);
            if (response.StatusCode == HttpStatusCode.TooManyRequests)
            {
                Assert.Equal("Trop de tentatives", (await HtmlClient.ParseAsync(response)).TextOf("main h1"));
            }
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.TooManyRequests], statuses);
    }

    [Fact]
    public async Task Signing_out_ends_the_session()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Meudon2026");
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(meudon, "dupont1", "Meudon2026")).Dispose();
        var home = await client.GetPageAsync("/Accueil");

        using var signOut = await client.SubmitAsync(home, "/Accueil", new Dictionary<string, string>(), "form[action='/Deconnexion']");
        using var after = await client.GetAsync(new Uri("/Accueil", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Connexion", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_session_cookie_is_secure_http_only_and_same_site_lax()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Meudon2026");
        using var client = App.Factory.CreateBrowser();

        using var response = await client.SignInFamilyAsync(meudon, "dupont1", "Meudon2026");

        var cookie = response.Headers.GetValues("Set-Cookie").Single(c => c.StartsWith("__Host-reinscription=", StringComparison.Ordinal));
        Assert.Contains("secure", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
    }

    private async Task<(Site Meudon, Site Boulogne)> TwoSitesAsync() =>
        (await App.WithDbAsync(db => db.AddSiteAsync("Meudon")), await App.WithDbAsync(db => db.AddSiteAsync("Boulogne-Billancourt")));
}
