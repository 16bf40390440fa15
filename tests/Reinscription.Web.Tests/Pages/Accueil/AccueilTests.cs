using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Accueil;

public class AccueilTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_home_page_greets_the_family_lists_its_students_and_the_open_campaign_with_its_deadline()
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var meudon = await App.WithDbAsync(db => db.Sites.SingleAsync(s => s.Name == "Meudon"));
        var closesAt = await App.WithDbAsync(db => db.Campaigns.Select(c => c.ClosesAt).SingleAsync());
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(meudon, "dupont1", DemoSeeder.ParentPassword)).Dispose();

        var home = await client.GetPageAsync("/Accueil");

        Assert.Equal("Bonjour Madame Claire DUPONT", home.TextOf("#salutation"));
        Assert.Equal(["DUPONT Lucas", "DUPONT Emma"], home.QuerySelectorAll("#eleves li").Select(li => li.TextContent.Trim()));
        Assert.StartsWith($"Réinscriptions jusqu'au {ParisTime.Format(closesAt)}", home.TextOf(".campagne"), StringComparison.Ordinal);
        Assert.EndsWith("12:00", ParisTime.Format(closesAt), StringComparison.Ordinal);
        Assert.Equal(["Réinscrire DUPONT Lucas", "Réinscrire DUPONT Emma"], home.QuerySelectorAll(".campagne a").Select(a => a.TextContent.Trim()));
        Assert.Equal("Conservatoire Marcel Dupré de Meudon", home.TextOf("#contact-titre"));
        Assert.Contains("7 boulevard des Nations-Unies - 92190 Meudon", home.TextOf("main"));
        Assert.Contains("Conservatoire Marcel Dupré de Meudon", home.TextOf("#bienvenue"));
        Assert.Contains("RGPD", home.TextOf("#rgpd"));
        Assert.Equal(["Accueil", "Famille", "Élèves", "Facturation", "Accessibilité", "Mot de passe", "Mes données", "Déconnexion"],
            home.QuerySelectorAll("nav.portal-nav li").Select(li => li.TextContent.Trim()));
    }

    [Fact]
    public async Task A_family_of_a_site_without_a_campaign_sees_no_deadline()
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var boulogne = await App.WithDbAsync(db => db.Sites.SingleAsync(s => s.Name == "Boulogne-Billancourt"));
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(boulogne, "dupont1", DemoSeeder.ParentPassword)).Dispose();

        var home = await client.GetPageAsync("/Accueil");

        Assert.Equal("Bonjour Monsieur Gérard DUPONT", home.TextOf("#salutation"));
        Assert.Null(home.QuerySelector(".campagne"));
    }
}
