using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Sites;

public class ModifierTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task A_site_setting_page_of_another_site_answers_404()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var sevres = await App.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await App.AddStaffAsync("admin.meudon@example.org", Password, (meudon, StaffRole.Admin));
        await App.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, StaffRole.Secretariat));
        using var admin = App.Factory.CreateBrowser();
        using var secretariat = App.Factory.CreateBrowser();
        (await admin.SignInStaffAsync("admin.meudon@example.org", Password)).Dispose();
        (await secretariat.SignInStaffAsync("secretariat.meudon@example.org", Password)).Dispose();

        await admin.GetPageAsync($"/Admin/Sites/Modifier/{meudon.Id}");
        await admin.GetPageAsync($"/Admin/Sites/Modifier/{sevres.Id}", HttpStatusCode.NotFound);
        await admin.GetPageAsync("/Admin/Sites/Modifier/987654", HttpStatusCode.NotFound);
        await secretariat.GetPageAsync($"/Admin/Sites/Modifier/{meudon.Id}", HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task A_site_on_the_classic_rule_set_to_20_characters_accepts_a_20_character_password()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.WithDbAsync(async db =>
        {
            (await db.Sites.SingleAsync(s => s.Id == meudon.Id)).ChangePasswordPolicy(Domain.Sites.PasswordPolicy.Classic(8, 16));
            await db.SaveChangesAsync();
        });
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();
        using var parent = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("admin@example.org", Password)).Dispose();
        (await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026")).Dispose();
        var twenty = "Abcdefghijklmnopqr12";

        using var before = await parent.ChangePasswordAsync("Parent2026", twenty);
        using var saved = await staff.SubmitAsync($"/Admin/Sites/Modifier/{meudon.Id}", new Dictionary<string, string>
        {
            ["Input.PasswordRule"] = "Classic",
            ["Input.PasswordMaxLength"] = "20",
        });
        using var after = await parent.ChangePasswordAsync("Parent2026", twenty);

        Assert.Equal("Le mot de passe doit contenir au plus 16 caractères.",
            (await HtmlClient.ParseAsync(before)).TextOf("[data-valmsg-for='Input.NewPassword']"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal(20, await App.WithDbAsync(db => db.Sites.Where(s => s.Id == meudon.Id).Select(s => s.PasswordPolicy.MaxLength).SingleAsync()));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        var tab = await parent.GetPageAsync("/MotDePasse");
        Assert.Equal("Votre mot de passe a été modifié. Un e-mail de confirmation vous a été envoyé.", tab.TextOf("#confirmation"));
        Assert.Contains("entre 8 et 20 caractères", tab.TextOf("#password-rule"));
        var notice = await App.Mail.WaitForMailToAsync("dupont1@example.org");
        Assert.Equal("Votre mot de passe a été modifié", notice.Subject);
    }

    [Fact]
    public async Task Invalid_site_settings_are_refused_next_to_the_field_and_change_nothing()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("admin@example.org", Password)).Dispose();

        using var response = await staff.SubmitAsync($"/Admin/Sites/Modifier/{meudon.Id}", new Dictionary<string, string>
        {
            ["Input.PasswordMaxLength"] = "21",
            ["Input.PostalCode"] = "9219",
        });

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("La longueur maximale doit être comprise entre 8 et 20.", page.TextOf("[data-valmsg-for='Input.PasswordMaxLength']"));
        Assert.Equal("Le code postal doit comporter 5 chiffres, par exemple 92190.", page.TextOf("[data-valmsg-for='Input.PostalCode']"));
        Assert.Equal("9219", page.QuerySelector("#Input_PostalCode")!.GetAttribute("value"));
        Assert.Equal("92000", await App.WithDbAsync(db => db.Sites.Where(s => s.Id == meudon.Id).Select(s => s.PostalCode).SingleAsync()));
    }
}
