using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Security;

/// <summary>The cookies the app sets (ASVS 5.0, V3.3), in production and on a developer's plain-HTTP localhost.</summary>
public class CookieHardeningTests(AppFixture app) : AppTest(app)
{
    private const string FamilyPage = "/Famille/Documents";

    [Fact]
    public async Task V3_3_3_the_session_antiforgery_and_tempdata_cookies_are_host_prefixed_secure_and_http_only()
    {
        var demo = await App.SeedDemoAsync();
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        using var browser = App.Factory.CreateBrowser();

        var cookies = await SignInAndUploadAsync(browser, demo, address);

        Assert.Equal(["__Host-reinscription", "__Host-reinscription-antiforgery", "__Host-reinscription-appareil", "__Host-reinscription-tempdata"], cookies.Keys.Order());
        foreach (var (name, attributes) in cookies)
        {
            Assert.Contains("secure", attributes);
            Assert.Contains("path=/", attributes);
            Assert.Contains("httponly", attributes);
            Assert.DoesNotContain(attributes, a => a.StartsWith("domain=", StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task V3_3_in_development_on_plain_http_a_family_signs_in_and_uploads_with_cookies_any_browser_keeps()
    {
        var demo = await App.SeedDemoAsync();
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        await using var development = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort, environment: "Development");

        // Like Safari on http://localhost, this client's cookie jar never sends a Secure cookie over plain HTTP.
        using var browser = development.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri("http://localhost"),
        });

        var cookies = await SignInAndUploadAsync(browser, demo, address);
        using var home = await browser.GetAsync(new Uri("/", UriKind.Relative));

        Assert.Equal(["reinscription", "reinscription-antiforgery", "reinscription-appareil", "reinscription-tempdata"], cookies.Keys.Order());
        Assert.All(cookies.Values, attributes => Assert.DoesNotContain("secure", attributes));
        Assert.False(home.Headers.Contains("Strict-Transport-Security"));
    }

    /// <summary>
    /// Signs in, uploads a file (the antiforgery token must come back) and reads the confirmation
    /// (kept in TempData across the redirect); returns each cookie set on the way with its attributes.
    /// </summary>
    private static async Task<Dictionary<string, string[]>> SignInAndUploadAsync(HttpClient browser, DemoStudents demo, int address)
    {
        var cookies = new Dictionary<string, string[]>(StringComparer.Ordinal);
        void Collect(HttpResponseMessage response)
        {
            foreach (var setCookie in response.Headers.TryGetValues("Set-Cookie", out var values) ? values : [])
            {
                var parts = setCookie.Split(';', StringSplitOptions.TrimEntries);
                cookies[parts[0][..parts[0].IndexOf('=', StringComparison.Ordinal)]] = [.. parts.Skip(1).Select(p => p.ToLowerInvariant())];
            }
        }

        using (var form = await browser.GetAsync(new Uri("/Connexion", UriKind.Relative)))
        {
            Collect(form);
        }

        using (var signIn = await browser.SignInFamilyAsync(demo.Meudon, "dupont1", DemoSeeder.ParentPassword))
        {
            Collect(signIn);
            Assert.Equal("/Accueil", signIn.Headers.Location?.OriginalString);
        }

        using (var upload = await browser.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Quittance de loyer"]), "quittance.pdf"))
        {
            Collect(upload);
            Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        }

        var page = await browser.GetPageAsync(FamilyPage);
        Assert.Equal("Fichier quittance.pdf importé.", page.TextOf("#confirmation"));
        return cookies;
    }
}
