using System.Net;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages;

public class AccessibiliteTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Parent2026";

    [Fact]
    public async Task Anyone_reads_the_portal_statement_without_signing_in()
    {
        using var anonymous = App.Factory.CreateBrowser();

        var page = await anonymous.GetPageAsync("/Accessibilite");

        Assert.Equal("Aide - Accessibilité", page.TextOf("main h1"));
        Assert.Contains("RGAA 4.1", page.TextOf("#declaration"), StringComparison.Ordinal);
        Assert.Equal(
            "Connectez-vous pour enregistrer vos préférences d'affichage : texte agrandi et contraste renforcé.",
            page.TextOf("#preferences-connexion"));
        Assert.Null(page.QuerySelector("main form"));
        Assert.Empty(page.Body!.ClassList);
    }

    [Fact]
    public async Task A_family_reads_its_conservatory_statement_next_to_its_preferences()
    {
        using var dupont = await SignedInDemoFamilyAsync();

        var page = await dupont.GetPageAsync("/Accessibilite");

        Assert.Equal("Conservatoire Marcel Dupré de Meudon", page.TextOf("#declaration-site h2"));
        Assert.Contains("contrastes renforcés sur demande", page.TextOf("#declaration-site"), StringComparison.Ordinal);
        Assert.Equal("Sur toutes les pages du portail, une fois connecté :", page.TextOf("main form legend"));
        Assert.Equal("Agrandir le texte", page.TextOf("label[for=Input_LargerText]"));
        Assert.Equal("Contraste renforcé", page.TextOf("label[for=Input_HighContrast]"));
        Assert.False(Checkbox(page, "Input_LargerText").IsChecked);
        Assert.False(Checkbox(page, "Input_HighContrast").IsChecked);
    }

    [Fact]
    public async Task Saved_preferences_style_every_page_and_outlive_signing_out()
    {
        using var dupont = await SignedInDemoFamilyAsync();

        using var saved = await dupont.SubmitAsync("/Accessibilite", new Dictionary<string, string>
        {
            ["Input.LargerText"] = "true",
            ["Input.HighContrast"] = "true",
        });
        var confirmed = await dupont.GetPageAsync("/Accessibilite");
        var home = await dupont.GetPageAsync("/Accueil");
        using var signedOut = await dupont.SubmitAsync("/Accueil", new Dictionary<string, string>(), "form[action='/Deconnexion']");
        var anonymous = await dupont.GetPageAsync("/Accessibilite");
        using var again = await dupont.SignInFamilyAsync(await MeudonAsync(), "dupont1", Password);
        var back = await dupont.GetPageAsync("/Accessibilite");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("/Accessibilite", saved.Headers.Location?.OriginalString);
        Assert.Equal("Vos préférences d'affichage sont enregistrées. Elles s'appliquent à chaque connexion.",
            confirmed.TextOf("#confirmation"));
        Assert.Equal(["prefers-larger-text", "prefers-high-contrast"], home.Body!.ClassList);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);
        Assert.Empty(anonymous.Body!.ClassList);
        Assert.Equal(HttpStatusCode.Redirect, again.StatusCode);
        Assert.Equal(["prefers-larger-text", "prefers-high-contrast"], back.Body!.ClassList);
        Assert.True(Checkbox(back, "Input_LargerText").IsChecked);
        Assert.True(Checkbox(back, "Input_HighContrast").IsChecked);
        Assert.Null(back.QuerySelector("#confirmation"));
    }

    [Fact]
    public async Task Unticking_a_preference_removes_it()
    {
        using var dupont = await SignedInDemoFamilyAsync();
        (await dupont.SubmitAsync("/Accessibilite", new Dictionary<string, string>
        {
            ["Input.LargerText"] = "true",
            ["Input.HighContrast"] = "true",
        })).Dispose();

        var page = await dupont.GetPageAsync("/Accessibilite");
        Checkbox(page, "Input_LargerText").IsChecked = false;
        using var saved = await dupont.SubmitAsync(page, "/Accessibilite", new Dictionary<string, string>());
        var after = await dupont.GetPageAsync("/Accessibilite");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(["prefers-high-contrast"], after.Body!.ClassList);
        Assert.False(Checkbox(after, "Input_LargerText").IsChecked);
        Assert.True(Checkbox(after, "Input_HighContrast").IsChecked);
    }

    [Fact]
    public async Task Only_a_signed_in_family_may_save_preferences()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin@example.org", "Personnel2026", (meudon, StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("admin@example.org", "Personnel2026")).Dispose();
        using var anonymous = App.Factory.CreateBrowser();

        var staffPage = await staff.GetPageAsync("/Accessibilite");
        using var staffPost = await PostLargerTextAsync(staff, Token(staffPage));
        using var anonymousPost = await PostLargerTextAsync(anonymous, Token(await anonymous.GetPageAsync("/Connexion")));

        Assert.Contains("RGAA 4.1", staffPage.TextOf("#declaration"), StringComparison.Ordinal);
        Assert.Null(staffPage.QuerySelector("main form"));
        Assert.Equal(HttpStatusCode.Forbidden, staffPost.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, anonymousPost.StatusCode);
        Assert.StartsWith("/Connexion", anonymousPost.Headers.Location?.OriginalString, StringComparison.Ordinal);
        Assert.False(await App.WithDbAsync(db => db.Users.AnyAsync(u => u.PrefersLargerText)));
    }

    private async Task<HttpClient> SignedInDemoFamilyAsync()
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var client = App.Factory.CreateBrowser();
        using var login = await client.SignInFamilyAsync(await MeudonAsync(), "dupont1", Password);
        Assert.Equal(HttpStatusCode.Redirect, login.StatusCode);
        return client;
    }

    private Task<Reinscription.Domain.Sites.Site> MeudonAsync() =>
        App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Meudon"));

    private static IHtmlInputElement Checkbox(IHtmlDocument page, string id) =>
        page.QuerySelector<IHtmlInputElement>($"#{id}") ?? throw new Xunit.Sdk.XunitException($"No checkbox #{id}.");

    /// <summary>A form post with a valid token but no form of the page: what a crafted request would send.</summary>
    private static async Task<HttpResponseMessage> PostLargerTextAsync(HttpClient client, string token)
    {
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.LargerText"] = "true",
            ["__RequestVerificationToken"] = token,
        });
        return await client.PostAsync(new Uri("/Accessibilite", UriKind.Relative), content);
    }

    /// <summary>The antiforgery token a page hands its visitor: the sign-out form carries one for staff.</summary>
    private static string Token(IHtmlDocument page) =>
        page.QuerySelector<IHtmlInputElement>("input[name=__RequestVerificationToken]")?.Value
        ?? throw new Xunit.Sdk.XunitException("No antiforgery token on the page.");
}
