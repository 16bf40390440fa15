using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests;

/// <summary>What a deployment outside Development must configure (README, "Déploiement").</summary>
public class DeploymentTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task V13_3_1_the_data_protection_keys_are_stored_encrypted_with_the_certificate()
    {
        await using var instance = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort);
        using var client = instance.CreateBrowser();

        await client.GetPageAsync("/Connexion");

        var keys = await App.WithDbAsync(db => db.DataProtectionKeys.Select(k => k.Xml).ToListAsync());
        var key = Assert.Single(keys);
        Assert.Contains("EncryptedData", key!, StringComparison.Ordinal);
        Assert.Contains("X509Certificate", key, StringComparison.Ordinal);
        Assert.DoesNotContain("<masterKey", key, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_instance_with_the_same_certificate_reads_the_cookies_of_the_first()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        await using var first = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort);
        using var parent = first.CreateBrowser();
        using var signIn = await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026");
        await using var second = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort);
        using var sameBrowserOnTheOtherInstance = second.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        sameBrowserOnTheOtherInstance.DefaultRequestHeaders.Add("Cookie",
            string.Join("; ", signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0])));

        using var home = await sameBrowserOnTheOtherInstance.GetAsync(new Uri("/Accueil", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, home.StatusCode);
    }

    [Fact]
    public void V13_3_1_production_without_a_keys_certificate_refuses_to_start_and_says_what_to_set()
    {
        using var production = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["DataProtection:CertificatePath"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("DataProtection__CertificatePath", Messages(error), StringComparison.Ordinal);
        Assert.DoesNotContain("Portal__PublicBaseUrl", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public void V6_4_2_production_without_a_public_base_url_refuses_to_start()
    {
        using var production = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string>
        {
            ["environment"] = "Production",
            ["Portal:PublicBaseUrl"] = "",
        });

        var error = Assert.ThrowsAny<Exception>(() => production.Server);

        Assert.Contains("Portal__PublicBaseUrl", Messages(error), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Development_starts_without_a_certificate_or_a_public_base_url()
    {
        await using var development = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string>
        {
            ["environment"] = "Development",
            ["DataProtection:CertificatePath"] = "",
            ["Portal:PublicBaseUrl"] = "",
        });
        using var client = development.CreateBrowser();

        var page = await client.GetPageAsync("/Connexion");

        Assert.Equal("Connexion", page.TextOf("main h1"));
    }

    private static string Messages(Exception error)
    {
        var messages = new List<string>();
        for (Exception? current = error; current is not null; current = current.InnerException)
        {
            messages.Add(current.Message);
        }

        return string.Join(" | ", messages);
    }
}
