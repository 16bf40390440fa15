using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages;

public class LandingPageTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_landing_page_names_the_territory_and_offers_the_user_entry()
    {
        await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        using var client = App.Factory.CreateClient();

        var page = await client.GetPageAsync("/");

        Assert.Equal("fr", page.DocumentElement.GetAttribute("lang"));
        Assert.Equal("Réinscriptions aux conservatoires Grand Paris Seine Ouest", page.TextOf("main h1"));
        Assert.Equal("Accès usager", page.TextOf("#acces-usager"));
        Assert.Equal("Accès personnel", page.TextOf("#acces-personnel"));
        Assert.Equal("/Connexion", page.QuerySelector("#acces-usager ~ a")!.GetAttribute("href"));
        Assert.Equal("/Personnel/Connexion", page.QuerySelector("#acces-personnel ~ a")!.GetAttribute("href"));
        Assert.Contains("Conservatoire de Meudon", page.TextOf("#sites + ul"));
        Assert.NotNull(page.QuerySelector("header"));
        Assert.NotNull(page.QuerySelector("main#contenu"));
        Assert.NotNull(page.QuerySelector("footer"));
    }

    [Fact]
    public async Task An_unknown_page_answers_404_in_french()
    {
        using var client = App.Factory.CreateClient();

        var page = await client.GetPageAsync("/nulle-part", System.Net.HttpStatusCode.NotFound);

        Assert.Equal("Page introuvable", page.TextOf("main h1"));
    }
}
