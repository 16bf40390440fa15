using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Connexion;

/// <summary>Sessions end when they should, for every copy of the cookie (ASVS 5.0 V7.3, V7.4).</summary>
public class SessionTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Parent2026";

    [Fact]
    public async Task V7_4_1_a_copied_cookie_is_dead_after_sign_out()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        using var parent = App.Factory.CreateBrowser();
        using var signIn = await parent.SignInFamilyAsync(meudon, "dupont1", Password);
        using var thief = CopyOf(signIn);

        using var before = await thief.GetAsync(new Uri("/Accueil", UriKind.Relative));
        var home = await parent.GetPageAsync("/Accueil");
        (await parent.SubmitAsync(home, "/Accueil", new Dictionary<string, string>(), "form[action='/Deconnexion']")).Dispose();
        using var after = await thief.GetAsync(new Uri("/Accueil", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, before.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Connexion", after.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V7_4_3_a_password_change_ends_the_other_sessions_and_keeps_this_one()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        using var laptop = App.Factory.CreateBrowser();
        using var phone = App.Factory.CreateBrowser();
        (await laptop.SignInFamilyAsync(meudon, "dupont1", Password)).Dispose();
        (await phone.SignInFamilyAsync(meudon, "dupont1", Password)).Dispose();

        using var changed = await laptop.SubmitAsync("/MotDePasse", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = Password,
            ["Input.NewPassword"] = "une toute nouvelle phrase",
            ["Input.Confirmation"] = "une toute nouvelle phrase",
        });
        using var phoneAfter = await phone.GetAsync(new Uri("/Accueil", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, changed.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, phoneAfter.StatusCode);
        Assert.StartsWith("/Connexion", phoneAfter.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.Equal("Votre mot de passe a été modifié. Un e-mail de confirmation vous a été envoyé.",
            (await laptop.GetPageAsync("/MotDePasse")).TextOf("#confirmation"));
    }

    [Fact]
    public async Task V7_4_3_a_password_reset_ends_every_session()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        using var forgotten = App.Factory.CreateBrowser();
        (await forgotten.SignInFamilyAsync(meudon, "dupont1", Password)).Dispose();
        using var client = App.Factory.CreateBrowser();

        (await LostPasswordTests.RequestLinkAsync(client, meudon, "dupont1", "dupont1@example.org")).Dispose();
        var link = LostPasswordTests.LinkIn(await App.Mail.WaitForMailToAsync("dupont1@example.org"));
        (await LostPasswordTests.ChoosePasswordAsync(client, link, "une toute nouvelle phrase")).Dispose();
        using var after = await forgotten.GetAsync(new Uri("/Accueil", UriKind.Relative));

        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
    }

    [Fact]
    public void V7_4_3_other_changes_of_the_account_reach_every_session_within_a_minute()
    {
        var options = App.Factory.Services.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;

        Assert.True(options.ValidationInterval <= TimeSpan.FromMinutes(1), $"Checked every {options.ValidationInterval}.");
    }

    [Fact]
    public async Task V7_3_2_a_session_ends_at_its_absolute_lifetime_however_active()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", Password);
        await using var shortLived = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort,
            new Dictionary<string, string> { ["Accounts:AbsoluteSessionLifetime"] = "00:00:04" });
        using var parent = shortLived.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "dupont1", Password)).Dispose();

        var statuses = new List<HttpStatusCode>();
        foreach (var wait in new[] { 0, 2, 3 })
        {
            await Task.Delay(TimeSpan.FromSeconds(wait));
            using var response = await parent.GetAsync(new Uri("/Accueil", UriKind.Relative));
            statuses.Add(response.StatusCode);
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, HttpStatusCode.Redirect], statuses);
    }

    /// <summary>A second client that sends the cookies the sign-in answer set, as a stolen copy would.</summary>
    private HttpClient CopyOf(HttpResponseMessage signIn)
    {
        var client = App.Factory.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = false,
            BaseAddress = new Uri("https://localhost"),
        });
        var cookies = signIn.Headers.GetValues("Set-Cookie").Select(c => c.Split(';')[0]);
        client.DefaultRequestHeaders.Add("Cookie", string.Join("; ", cookies));
        return client;
    }
}
