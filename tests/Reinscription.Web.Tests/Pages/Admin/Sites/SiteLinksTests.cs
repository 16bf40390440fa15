using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Audit;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Sites;

public class SiteLinksTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Personnel2026";
    private const string TariffGrid = "https://www.seineouest.fr/tarifs-2026.pdf";
    private const string FormsPage = "https://www.seineouest.fr/conservatoires/formulaires";

    [Fact]
    public async Task The_admin_publishes_the_sites_links_and_legal_notice_and_families_see_them()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.WithDbAsync(db => db.AddSiteAsync("Sèvres"));
        await App.AddFamilyWithAccountAsync(meudon, "dupont1", "Parent2026");
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var staff = await App.SignInStaffBrowserAsync("admin@example.org", Password);

        using var saved = await staff.SubmitAsync($"/Admin/Sites/Modifier/{meudon.Id}", new Dictionary<string, string>
        {
            ["Input.TariffGridUrl"] = TariffGrid,
            ["Input.FormsPageUrl"] = FormsPage,
            ["Input.LegalNotice"] = "Éditeur : EPT Grand Paris Seine Ouest.\r\nHébergement : en France.",
        });
        using var parent = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "dupont1", "Parent2026")).Dispose();
        var home = await parent.GetPageAsync("/Accueil");
        var footerLink = home.QuerySelector("footer a[href^='/MentionsLegales']")!.GetAttribute("href")!;
        var notice = await App.Factory.CreateBrowser().GetPageAsync(footerLink);
        var allSites = await App.Factory.CreateBrowser().GetPageAsync("/MentionsLegales");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal([TariffGrid, FormsPage], home.QuerySelectorAll("#liens-site a").Select(a => a.GetAttribute("href")));
        Assert.Equal($"/MentionsLegales?site={meudon.Id}", footerLink);
        Assert.Equal("Éditeur : EPT Grand Paris Seine Ouest.\nHébergement : en France.", notice.QuerySelector($"#site-{meudon.Id} .mentions-texte")!.TextContent);
        Assert.Single(notice.QuerySelectorAll("section.mentions"));
        Assert.Equal(2, allSites.QuerySelectorAll("section.mentions").Length);
        Assert.NotNull((await App.Factory.CreateBrowser().GetPageAsync("/")).QuerySelector("footer a[href='/MentionsLegales']"));
        var line = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync());
        Assert.Equal(("site.edited", "Site", "admin@example.org"), (line.Action, line.RecordType, line.ActorName));
        Assert.Equal(
            [
                new AuditChange("Grille tarifaire", null, TariffGrid),
                new AuditChange("Page des formulaires", null, FormsPage),
                new AuditChange("Mentions légales", null, "Éditeur : EPT Grand Paris Seine Ouest.\nHébergement : en France."),
            ],
            line.Changes);
    }

    [Fact]
    public async Task A_link_that_is_not_a_web_address_is_refused_next_to_its_field()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddStaffAsync("admin@example.org", Password, (meudon, StaffRole.Admin));
        using var staff = await App.SignInStaffBrowserAsync("admin@example.org", Password);

        using var response = await staff.SubmitAsync($"/Admin/Sites/Modifier/{meudon.Id}", new Dictionary<string, string>
        {
            ["Input.TariffGridUrl"] = "www.seineouest.fr/tarifs",
        });

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("Saisissez une adresse web complète, par exemple https://www.seineouest.fr/conservatoires.",
            page.TextOf("[data-valmsg-for='Input.TariffGridUrl']"));
        Assert.Equal("www.seineouest.fr/tarifs", page.QuerySelector("#Input_TariffGridUrl")!.GetAttribute("value"));
        Assert.Null(await App.WithDbAsync(db => db.Sites.Select(s => s.TariffGridUrl).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task The_legal_notice_of_an_unknown_site_answers_404()
    {
        using var anonymous = App.Factory.CreateBrowser();

        await anonymous.GetPageAsync("/MentionsLegales?site=987654", HttpStatusCode.NotFound);
    }
}
