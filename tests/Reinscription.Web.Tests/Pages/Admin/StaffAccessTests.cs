using System.Net;
using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin;

public class StaffAccessTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task Parents_are_refused_the_admin_area_and_staff_the_family_pages()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var parent = App.Factory.CreateBrowser();
        using var staff = App.Factory.CreateBrowser();
        using var anonymous = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026")).Dispose();
        (await staff.SignInStaffAsync("admin@example.org", Password)).Dispose();

        var refused = await parent.GetPageAsync("/Admin", HttpStatusCode.Forbidden);
        await parent.GetPageAsync($"/Admin/Sites/Modifier/{meudon.Id}", HttpStatusCode.Forbidden);
        await staff.GetPageAsync("/Accueil", HttpStatusCode.Forbidden);
        await staff.GetPageAsync("/MotDePasse", HttpStatusCode.Forbidden);
        using var toLogin = await anonymous.GetAsync(new Uri("/Admin", UriKind.Relative));

        Assert.Equal("Accès refusé", refused.TextOf("main h1"));
        Assert.Equal(HttpStatusCode.Redirect, toLogin.StatusCode);
        Assert.StartsWith("/Personnel/Connexion", toLogin.Headers.Location?.OriginalString, StringComparison.Ordinal);
    }
}
