using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.MotDePasse;

public class IndexTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_wrong_current_password_is_named_next_to_its_field()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        using var parent = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026")).Dispose();

        using var response = await parent.ChangePasswordAsync("Mauvais2026", "Nouveau2026");

        Assert.Equal("Le mot de passe actuel est incorrect.",
            (await HtmlClient.ParseAsync(response)).TextOf("[data-valmsg-for='Input.CurrentPassword']"));
    }
}
