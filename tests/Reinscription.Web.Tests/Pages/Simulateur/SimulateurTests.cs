using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Simulateur;

/// <summary>The public tariff simulator: no login, no cookie, French messages next to a wrong field.</summary>
public class SimulateurTests(AppFixture app) : AppTest(app)
{
    /// <summary>A client that keeps no cookie, as a browser refusing them all.</summary>
    private HttpClient CookieLess() => App.Factory.CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = false,
        BaseAddress = new Uri("https://localhost"),
    });

    [Fact]
    public async Task A_visitor_without_cookies_gets_the_bracket_each_line_and_the_yearly_total()
    {
        await App.SeedDemoAsync();
        using var visitor = CookieLess();
        var landing = await visitor.GetPageAsync("/");
        var link = landing.QuerySelector("a[href='/Simulateur']");

        using var response = await visitor.GetAsync(new Uri(
            "/Simulateur?Input.Quotient=712&Input.IsResident=true&Input.Children[0].Name=L%C3%A9a&Input.Children[0].Categories=FullCursus" +
            "&Input.Children[1].Name=Tom&Input.Children[1].Categories=Dance", UriKind.Relative));
        var page = await HtmlClient.ParseAsync(response);

        Assert.NotNull(link);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie"));
        Assert.Equal("Quotient familial 712 : tranche 4 (de 701 à 850).", page.TextOf("#tranche"));
        Assert.Equal(
            [
                ["Frais de dossier", "20,00 €"],
                ["Cursus complet - Léa (tranche 4)", "201,00 €"],
                ["Danse - Tom (tranche 4)", "138,00 €"],
                ["Réduction 2e enfant (10 %) - Tom", "-13,80 €"],
            ],
            page.RowsOf("#lignes").Select(r => r.Select(Normalize).ToArray()));
        Assert.Equal("345,20 €", Normalize(page.TextOf("#total")));
        Assert.Equal("En huit prélèvements SEPA : 8 × 43,15 €.", Normalize(page.TextOf("#mensualites")));
        Assert.Equal(11, page.QuerySelectorAll("#grille-residents tbody tr").Length);
        Assert.Contains("720,00 €", Normalize(page.TextOf("#grille-non-residents tbody tr")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_reference_income_and_shares_give_the_quotient_and_a_non_resident_pays_the_non_resident_amount()
    {
        await App.SeedDemoAsync();
        using var visitor = CookieLess();

        var page = await visitor.GetPageAsync(
            "/Simulateur?Input.ReferenceIncome=41+400&Input.Shares=2%2C5&Input.IsResident=false&Input.Children[0].Categories=Dance");

        Assert.Equal("Quotient familial 1 380 : tranche 7 (de 1 201 à 1 400).", Normalize(page.TextOf("#tranche")));
        Assert.Equal("530,00 €", Normalize(page.TextOf("#total")));
    }

    [Fact]
    public async Task Letters_in_the_quotient_and_negative_shares_are_answered_in_french_next_to_the_field()
    {
        await App.SeedDemoAsync();
        using var visitor = CookieLess();

        var letters = await visitor.GetPageAsync("/Simulateur?Input.Quotient=7l2&Input.Children[0].Categories=Dance");
        var negative = await visitor.GetPageAsync("/Simulateur?Input.ReferenceIncome=30000&Input.Shares=-1&Input.Children[0].Categories=Dance");
        var nothing = await visitor.GetPageAsync("/Simulateur?Input.Quotient=712");

        Assert.Equal("Le quotient familial s'écrit en chiffres, sans lettre ni décimale, par exemple 712.",
            letters.TextOf("[data-valmsg-for='Input.Quotient']"));
        Assert.Equal("7l2", letters.QuerySelector("#Input_Quotient")!.GetAttribute("value"));
        Assert.Null(letters.QuerySelector("#resultat"));
        Assert.Equal("Le nombre de parts est un nombre positif, par exemple 1, 2 ou 2,5.",
            negative.TextOf("[data-valmsg-for='Input.Shares']"));
        Assert.Equal("Cochez au moins un cours pour au moins un enfant.",
            nothing.TextOf("[data-valmsg-for='Input.Children[0].Categories']"));
    }

    [Fact]
    public async Task Without_a_quotient_the_simulator_says_the_ceiling_applies()
    {
        await App.SeedDemoAsync();
        using var visitor = CookieLess();

        var page = await visitor.GetPageAsync("/Simulateur?Input.IsResident=true&Input.Children[0].Categories=FullCursus");

        Assert.Equal("Sans quotient familial, la tranche plafond s'applique : tranche 11.", page.TextOf("#tranche"));
        Assert.Equal("536,00 €", Normalize(page.TextOf("#total")));
    }

    /// <summary>French formatting puts no-break spaces in amounts; the tests read them as plain spaces.</summary>
    internal static string Normalize(string text) => text.Replace('\u00a0', ' ').Replace('\u202f', ' ');
}
