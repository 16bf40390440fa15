using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Personnel;

public class ConnexionTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task Staff_sign_in_with_their_email_and_see_only_their_sites()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await App.AddStaffAsync("secretariat.meudon@example.org", Password, (meudon, StaffRole.Secretariat));
        using var client = App.Factory.CreateBrowser();

        using var login = await client.SignInStaffAsync("Secretariat.Meudon@example.org", Password);
        var dashboard = await client.GetPageAsync("/Admin");

        Assert.Equal("/Admin", login.Headers.Location?.OriginalString);
        var rows = dashboard.QuerySelectorAll("#sites tbody tr").Select(r => r.TextContent.Trim()).ToList();
        var row = Assert.Single(rows);
        Assert.Contains("Meudon", row);
        Assert.Contains("Secrétariat", row);
    }
}
