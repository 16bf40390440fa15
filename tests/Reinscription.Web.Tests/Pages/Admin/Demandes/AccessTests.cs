using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>Every requests page answers only for the staff member's own sites.</summary>
public class AccessTests(AppFixture app) : AppTest(app)
{
    private static readonly string[] Exports = ["demandes", "places", "pieces-manquantes", "inscriptions"];

    [Fact]
    public async Task The_secretariat_of_another_site_gets_not_found_on_every_request_page_and_changes_nothing()
    {
        var demo = await App.SeedDemoAsync();
        var id = await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        var campaign = await App.MeudonCampaignIdAsync();
        using var staff = await App.SignInStaffBrowserAsync("secretariat.sevres@example.org", DemoSeeder.StaffPassword);
        var own = await staff.GetPageAsync("/Admin/Demandes");

        string[] pages =
        [
            $"/Admin/Demandes?campagne={campaign}", $"/Admin/Demandes/Detail/{id}", $"/Admin/Demandes/ValidationGroupee?campagne={campaign}",
            .. Exports.Select(f => $"/Admin/Demandes/Export/{f}?campagne={campaign}"),
        ];
        var gets = new List<HttpStatusCode>();
        foreach (var page in pages)
        {
            using var response = await staff.GetAsync(new Uri(page, UriKind.Relative));
            gets.Add(response.StatusCode);
        }

        using var validate = await staff.PostWithTokenAsync(own, $"/Admin/Demandes/Detail/{id}?handler=Valider", new Dictionary<string, string>());
        using var bulk = await staff.PostWithTokenAsync(own, $"/Admin/Demandes/ValidationGroupee?campagne={campaign}", new Dictionary<string, string> { ["Input.Count"] = "1" });

        Assert.Equal("Aucune campagne de réinscription sur vos sites.", own.TextOf("#aucune-campagne"));
        Assert.All(gets, status => Assert.Equal(HttpStatusCode.NotFound, status));
        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (validate.StatusCode, bulk.StatusCode));
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.ReenrollmentRequests.Select(r => r.Status).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task An_admin_of_every_site_picks_the_campaign_and_a_family_cannot_reach_the_pages()
    {
        var demo = await App.SeedDemoAsync();
        var id = await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        using var admin = App.Factory.CreateBrowser();
        (await admin.SignInStaffAsync("admin@example.org", DemoSeeder.StaffPassword)).Dispose();
        using var family = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var list = await admin.GetPageAsync("/Admin/Demandes");
        using var asFamily = await family.GetAsync(new Uri($"/Admin/Demandes/Detail/{id}", UriKind.Relative));

        Assert.Equal(["Meudon - 2026-2027"], list.QuerySelectorAll("#campagne option").Select(o => o.TextContent).ToArray());
        Assert.Contains("DUPONT Lucas", list.TextOf("#demandes tbody"));
        Assert.NotEqual(HttpStatusCode.OK, asFamily.StatusCode);
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.ReenrollmentRequests.Select(r => r.Status).SingleAsync()));
    }
}
