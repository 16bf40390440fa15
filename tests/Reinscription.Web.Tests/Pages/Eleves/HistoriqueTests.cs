using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class HistoriqueTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_history_tab_lists_the_earlier_years_newest_first_without_this_year()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Historique/{demo.Lucas}");

        Assert.Equal("Historique", page.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal(["2024-2025", "2023-2024"], page.QuerySelectorAll(".annee-historique h3").Select(h => h.TextContent).ToArray());
        Assert.Equal(
            [
                ["Violoncelle", "Violoncelle", "mardi", "17.30 à 18.00", "M. Lefèvre", "Salle 4", "2C2"],
                ["Formation musicale", "FM 1.4 (14)", "mercredi", "14.00 à 15.00", "Mme Girard", "Salle 12", "1C4"],
            ],
            page.RowsOf("#historique-2024-2025"));
        Assert.Equal(
            [
                ["Violoncelle", "Violoncelle", "mardi", "17.30 à 18.00", "M. Lefèvre", "Salle 4", "2C1"],
                ["Formation musicale", "FM 1.3 (13)", "mercredi", "10.00 à 11.00", "Mme Girard", "Salle 12", "1C3"],
            ],
            page.RowsOf("#historique-2023-2024"));
        Assert.DoesNotContain("FM 2.1 (21)", page.QuerySelector("main")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_student_without_earlier_years_is_told_so()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var chloe = await martin.GetPageAsync($"/Eleves/Historique/{demo.Chloe}");
        var emma = await dupont.GetPageAsync($"/Eleves/Historique/{demo.Emma}");

        Assert.Equal([["Piano", "Piano", "jeudi", "18.00 à 18.30", "Mme Nguyen", "Salle 7", "1C3"]], chloe.RowsOf(".annee-historique"));
        Assert.Equal([["Danse", "Danse classique - Initiation 2", "samedi", "10.00 à 11.00", "Mme Roussel", "Studio A", "1C1"]], emma.RowsOf(".annee-historique"));
        Assert.Null(emma.QuerySelector("#aucun-historique"));
    }
}
