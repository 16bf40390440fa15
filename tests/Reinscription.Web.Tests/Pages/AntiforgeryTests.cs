using System.Net;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages;

/// <summary>A form posted from another site carries no antiforgery token: every form refuses it.</summary>
public class AntiforgeryTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Login_reset_password_and_admin_forms_refuse_a_post_without_the_token()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        await App.AddStaffAsync("admin@example.org", "Personnel2026", (meudon, StaffRole.Admin));
        using var anonymous = App.Factory.CreateBrowser();
        using var parent = App.Factory.CreateBrowser();
        using var staff = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026")).Dispose();
        (await staff.SignInStaffAsync("admin@example.org", "Personnel2026")).Dispose();
        var site = meudon.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);

        var forged = new (HttpClient Client, string Url, Dictionary<string, string> Fields)[]
        {
            (anonymous, "/Connexion", new() { ["Input.SiteId"] = site, ["Input.Identifier"] = "dupont1", ["Input.Password"] = "Parent2026" }),
            (anonymous, "/Personnel/Connexion", new() { ["Input.Email"] = "admin@example.org", ["Input.Password"] = "Personnel2026" }),
            (anonymous, "/Connexion/MotDePassePerdu", new() { ["Input.SiteId"] = site, ["Input.Identifier"] = "dupont1", ["Input.Email"] = "dupont1@example.org" }),
            (anonymous, "/Connexion/NouveauMotDePasse?compte=x&jeton=y", new() { ["Input.Password"] = "Nouveau2026", ["Input.Confirmation"] = "Nouveau2026" }),
            (parent, "/MotDePasse", new() { ["Input.CurrentPassword"] = "Parent2026", ["Input.NewPassword"] = "Nouveau2026", ["Input.Confirmation"] = "Nouveau2026" }),
            (parent, "/Deconnexion", new()),
            (staff, $"/Admin/Sites/Modifier/{site}", new() { ["Input.PasswordMaxLength"] = "20" }),
        };

        foreach (var (client, url, fields) in forged)
        {
            using var response = await client.PostWithoutTokenAsync(url, fields);
            Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{url} answered {response.StatusCode}");
        }

        await parent.GetPageAsync("/Accueil");
        Assert.Empty(await App.Mail.MessagesAsync());
    }
}
