using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class CoursTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_courses_tab_lists_this_years_courses_in_week_order_with_slot_teacher_room_and_cycle()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Cours/{demo.Lucas}");

        Assert.Equal("Cours", page.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal("Année scolaire 2025-2026", page.TextOf("#annee"));
        Assert.Equal(
            ["Cursus", "Cours", "Jour", "Horaire", "Professeur", "Salle", "Cycle"],
            page.QuerySelectorAll("#cours th").Select(th => th.TextContent).ToArray());
        Assert.Equal(
            [
                ["Violoncelle", "Violoncelle", "mardi", "17.30 à 18.15", "M. Lefèvre", "Salle 4", "2C3"],
                ["Formation musicale", "FM 2.1 (21)", "mercredi", "14.00 à 15.30", "Mme Girard", "Salle 12", "2C1"],
                ["Orchestre", "Orchestre E. Chabrier - cordes 2e C", "samedi", "10.00 à 12.00", "M. Perrin", "Auditorium", ""],
            ],
            page.RowsOf("#cours"));
    }

    [Fact]
    public async Task Each_student_sees_only_their_own_courses()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync($"/Eleves/Cours/{demo.Emma}");

        Assert.Equal(
            [["Danse", "Danse classique 1C2", "samedi", "11.00 à 12.15", "Mme Roussel", "Studio A", "1C2"]],
            page.RowsOf("#cours"));
    }
}
