using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Connexion;

/// <summary>The recommended password rule, where a family chooses its password (ASVS 5.0 V6.2).</summary>
public class PasswordRuleTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task V6_2_9_a_64_character_password_is_accepted_and_signs_in()
    {
        using var client = App.Factory.CreateBrowser();
        var (meudon, link) = await LinkForDupontAsync(client);
        var password = new string('x', 20) + " le violon de la famille " + new string('y', 19);

        using var chosen = await LostPasswordTests.ChoosePasswordAsync(client, link, password);
        using var login = await client.SignInFamilyAsync(meudon, "dupont1", password);

        Assert.Equal(64, password.Length);
        Assert.Equal("Votre mot de passe est enregistré. Vous pouvez vous connecter.", (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"));
        Assert.Equal("/Accueil", login.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task V6_2_4_a_common_password_is_refused_with_the_reason_next_to_the_field()
    {
        using var client = App.Factory.CreateBrowser();
        var (_, link) = await LinkForDupontAsync(client);

        using var refused = await LostPasswordTests.ChoosePasswordAsync(client, link, "Motdepasse2026");

        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal("Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.",
            page.TextOf("[data-valmsg-for='Input.Password']"));
        Assert.StartsWith("Le mot de passe doit avoir au moins 12 caractères", page.TextOf("#password-rule"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("vive la famille lefebvre")]
    [InlineData("les cours de musique à Meudon")]
    public async Task V6_2_11_the_family_and_site_names_are_refused(string password)
    {
        using var client = App.Factory.CreateBrowser();
        var (_, link) = await LinkForDupontAsync(client);

        using var refused = await LostPasswordTests.ChoosePasswordAsync(client, link, password);

        Assert.Equal("Le mot de passe ne doit contenir ni le nom du site ou du conservatoire, ni le nom ou l'identifiant de la famille.",
            (await HtmlClient.ParseAsync(refused)).TextOf("[data-valmsg-for='Input.Password']"));
    }

    [Fact]
    public async Task V6_2_5_twelve_lower_case_letters_are_enough_on_the_recommended_rule()
    {
        using var client = App.Factory.CreateBrowser();
        var (_, link) = await LinkForDupontAsync(client);

        using var chosen = await LostPasswordTests.ChoosePasswordAsync(client, link, "trompettebleue");

        Assert.Equal("Votre mot de passe est enregistré. Vous pouvez vous connecter.", (await HtmlClient.ParseAsync(chosen)).TextOf("#confirmation"));
    }

    [Fact]
    public async Task A_site_admin_can_switch_a_site_back_to_the_classic_rule()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin@example.org", "Personnel2026", (meudon, Domain.Staff.StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("admin@example.org", "Personnel2026")).Dispose();
        var settings = await staff.GetPageAsync($"/Admin/Sites/Modifier/{meudon.Id}");

        using var saved = await staff.SubmitAsync(settings, $"/Admin/Sites/Modifier/{meudon.Id}", new Dictionary<string, string>
        {
            ["Input.PasswordRule"] = "Classic",
            ["Input.PasswordMinLength"] = "8",
            ["Input.PasswordMaxLength"] = "16",
        });

        Assert.Equal("checked", settings.QuerySelector("#rule-recommended")!.GetAttribute("checked"));
        Assert.Equal(PasswordPolicy.Classic(8, 16),
            await App.WithDbAsync(db => db.Sites.Where(s => s.Id == meudon.Id).Select(s => s.PasswordPolicy).SingleAsync()));
        Assert.Equal("checked", (await staff.GetPageAsync($"/Admin/Sites/Modifier/{meudon.Id}")).QuerySelector("#rule-classic")!.GetAttribute("checked"));
    }

    private async Task<(Site Meudon, string Link)> LinkForDupontAsync(HttpClient client)
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", password: null);
        (await LostPasswordTests.RequestLinkAsync(client, meudon, "dupont1", "dupont1@example.org")).Dispose();
        return (meudon, LostPasswordTests.LinkIn(await App.Mail.WaitForMailToAsync("dupont1@example.org")));
    }
}
