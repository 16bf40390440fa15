using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class RepertoireTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_repertoire_tab_lists_this_years_pieces_with_composer_and_discipline()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Repertoire/{demo.Lucas}");

        Assert.Equal("Répertoire", page.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal(
            [
                ["Sérénade pour cordes, op. 22 - Moderato", "Antonín Dvořák", "Orchestre"],
                ["Suite n° 1 en sol majeur, BWV 1007 - Prélude", "Jean-Sébastien Bach", "Violoncelle"],
                ["Le Cygne (Le Carnaval des animaux)", "Camille Saint-Saëns", "Violoncelle"],
            ],
            page.RowsOf("#repertoire"));
    }

    [Fact]
    public async Task A_student_without_pieces_is_told_so()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Repertoire/{demo.Emma}");

        Assert.Equal("Aucun morceau n'est inscrit au répertoire de l'élève pour l'année 2025-2026.", page.TextOf("#aucun-morceau"));
        Assert.Null(page.QuerySelector("#repertoire"));
    }
}
