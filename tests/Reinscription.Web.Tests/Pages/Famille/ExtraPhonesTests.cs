using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Staff;
using Reinscription.Web.Changes;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Famille;

public class ExtraPhonesTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_family_proposes_its_three_extra_phones_and_staff_see_them_in_the_change()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "lefebvre1", "Parent2026");
        await App.AddStaffAsync("secretariat.meudon@example.org", "Personnel2026", (meudon, StaffRole.Secretariat));
        using var parent = App.Factory.CreateBrowser();
        using var staff = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "lefebvre1", "Parent2026")).Dispose();
        (await staff.SignInStaffAsync("secretariat.meudon@example.org", "Personnel2026")).Dispose();

        var form = await parent.GetPageAsync("/Famille");
        using var saved = await parent.SubmitAsync(form, "/Famille", new Dictionary<string, string>
        {
            ["Input.Guardian1.MobilePhone"] = "06 11 22 33 44",
            ["Input.Guardian1.ExtraPhone1"] = "01 46 00 00 01",
            ["Input.Guardian1.ExtraPhone3"] = "01 46 00 00 03",
        });
        var change = await App.WithDbAsync(db => db.PendingChanges.AsNoTracking().SingleAsync());
        var detail = await staff.GetPageAsync($"/Admin/Modifications/Detail/{change.Id}");

        Assert.Equal(["Tél supplémentaire 1", "Tél supplémentaire 2", "Tél supplémentaire 3"],
            form.QuerySelectorAll("label[for^='Input_Guardian1_ExtraPhone']").Select(l => l.TextContent.Trim()));
        var proposed = change.Proposed<GuardianDetails>();
        Assert.Equal(("01 46 00 00 01", null, "01 46 00 00 03"), (proposed.ExtraPhone1, proposed.ExtraPhone2, proposed.ExtraPhone3));
        var row = detail.QuerySelectorAll("#comparaison tbody tr").Single(r => r.QuerySelector("th")!.TextContent.Contains("Tél supplémentaire 3", StringComparison.Ordinal));
        Assert.Equal("01 46 00 00 03", row.QuerySelectorAll("td")[1].TextContent.Trim());
    }
}
