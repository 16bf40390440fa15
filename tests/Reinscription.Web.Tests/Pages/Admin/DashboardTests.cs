using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin;

public class DashboardTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_secretariat_sees_where_its_sites_campaign_stands()
    {
        var demo = await App.SeedDemoAsync();
        await App.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync();
            var lucas = new ReenrollmentRequest(campaign.Id, demo.Lucas);
            lucas.ChooseToReenrol();
            lucas.Submit(DateTimeOffset.UtcNow);
            var emma = new ReenrollmentRequest(campaign.Id, demo.Emma);
            emma.DeclineReenrolment(DateTimeOffset.UtcNow);
            db.ReenrollmentRequests.AddRange(lucas, emma);
            var dupont = await db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.FamilyId).SingleAsync();
            db.PendingChanges.Add(new PendingChange(dupont, null, ChangeSubject.Guardian1, "{}", "{}", DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        });
        await App.WithDbAsync(db => db.AddSubmittedDocumentAsync(demo.Chloe, "Justificatif de domicile de moins de 3 mois", "facture.pdf", 100, DateTimeOffset.UtcNow));
        using var staff = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);

        var page = await staff.GetPageAsync("/Admin");

        Assert.Equal("Meudon", page.TextOf("#site-courant"));
        Assert.Matches(@"^\d+ jours restants \(clôture le \d\d/\d\d/\d{4} à 12:00\)$", page.TextOf("#jours-restants"));
        Assert.Equal("Élèves attendus : 3", page.TextOf("#reponses caption"));
        Assert.Equal(
            ["Transmise 1", "Validée 0", "Brouillon 0", "Ne se réinscrit pas 1", "Sans réponse 1", "Refusée 0"],
            page.QuerySelectorAll("#reponses tbody tr").Select(r => $"{r.QuerySelector("th")!.TextContent} {r.QuerySelector("td")!.TextContent}"));
        Assert.Equal(
            ["Demandes transmises à examiner : 1", "Documents à valider : 1", "Modifications de fiche en attente : 1", "Familles sans adresse e-mail : 0"],
            page.QuerySelectorAll("#a-traiter li").Select(li => string.Join(' ', li.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))));
        Assert.Matches(@"^/Admin/Demandes\?campagne=\d+&statut=Submitted$", page.QuerySelector("#a-traiter a")!.GetAttribute("href"));
        Assert.StartsWith("Pas encore lancé.", page.TextOf("#lancement"), StringComparison.Ordinal);
        var courses = page.RowsOf("#cours");
        Assert.Equal(["Formation musicale", "FM 2.2 (32) - MERCREDI - 14.00 à 15.30", "Choix de la famille", "12 / 12", "Complet"], courses[0]);
        Assert.Equal("FM 2.1 (22) - MERCREDI - 10.00 à 11.30", courses[1][1]);
        Assert.Equal(11, courses.Count);
        Assert.Equal(["Attribué par le conservatoire", "0 / 30"], courses[^1][2..4]);
    }

    [Fact]
    public async Task An_admin_picks_a_site_and_another_sites_secretariat_gets_404()
    {
        var demo = await App.SeedDemoAsync();
        var sevresId = await App.WithDbAsync(db => db.Sites.Where(s => s.Name == "Sèvres").Select(s => s.Id).SingleAsync());
        using var admin = await App.SignInStaffBrowserAsync("admin@example.org", DemoSeeder.StaffPassword);
        using var sevres = await App.SignInStaffBrowserAsync("secretariat.sevres@example.org", DemoSeeder.StaffPassword);

        var first = await admin.GetPageAsync("/Admin");
        var picked = await admin.GetPageAsync($"/Admin?site={sevresId}");
        var own = await sevres.GetPageAsync("/Admin");

        Assert.Equal("Boulogne-Billancourt", first.TextOf("#site-courant"));
        Assert.Equal("Sèvres", picked.TextOf("#site-courant"));
        Assert.Equal("Aucune campagne de réinscription n'est prévue pour ce site.", picked.TextOf("#campagne"));
        Assert.Equal(3, first.QuerySelectorAll("#sites tbody tr").Length);
        Assert.Equal("Sèvres", own.TextOf("#site-courant"));
        await sevres.GetPageAsync($"/Admin?site={demo.Meudon.Id}", HttpStatusCode.NotFound);
        await sevres.GetPageAsync($"/Admin/Lancement/{demo.Meudon.Id}", HttpStatusCode.NotFound);
    }
}
