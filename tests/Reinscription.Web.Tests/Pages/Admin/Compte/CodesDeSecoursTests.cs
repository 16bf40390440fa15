using Reinscription.Domain.Staff;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Compte;

public class CodesDeSecoursTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";

    [Fact]
    public async Task New_recovery_codes_replace_the_old_ones_and_are_shown_once()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("secretariat@example.org", Password, (meudon, StaffRole.Secretariat));
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("secretariat@example.org", Password)).Dispose();

        using var made = await staff.SubmitAsync("/Admin/Compte/CodesDeSecours", new Dictionary<string, string>());
        var shown = await staff.GetPageAsync(made.Headers.Location!.OriginalString);
        var shownAgain = await staff.GetPageAsync("/Admin/Compte/CodesDeSecours");

        var codes = shown.QuerySelectorAll("#codes-de-secours li").Select(li => li.TextContent.Trim()).ToList();
        Assert.Equal(10, codes.Count);
        Assert.Equal(10, codes.Distinct(StringComparer.Ordinal).Count());
        Assert.Empty(shownAgain.QuerySelectorAll("#codes-de-secours li"));
        Assert.Equal("Il vous reste 10 code(s) de secours.", shownAgain.TextOf("#codes-restants"));
    }
}
