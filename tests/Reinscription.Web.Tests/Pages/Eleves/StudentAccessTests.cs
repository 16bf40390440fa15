using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class StudentAccessTests(AppFixture app) : AppTest(app)
{
    public static TheoryData<string> StudentPages => ["Identite", "Cours", "Historique", "Repertoire", "Documents"];

    [Theory]
    [MemberData(nameof(StudentPages))]
    public async Task A_student_of_another_family_or_an_unknown_id_answers_404(string tab)
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");

        var own = await martin.GetPageAsync($"/Eleves/{tab}/{demo.Chloe}");
        var other = await martin.GetPageAsync($"/Eleves/{tab}/{demo.Lucas}", HttpStatusCode.NotFound);
        var unknown = await martin.GetPageAsync($"/Eleves/{tab}/987654", HttpStatusCode.NotFound);

        Assert.Equal("Élève MARTIN Chloé", own.TextOf("main h1"));
        Assert.Equal("Page introuvable", other.TextOf("main h1"));
        Assert.DoesNotContain("Lucas", other.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("Page introuvable", unknown.TextOf("main h1"));
    }

    [Fact]
    public async Task An_identity_edit_of_another_familys_student_answers_404_and_records_nothing()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var ownForm = await martin.GetPageAsync($"/Eleves/Identite/{demo.Chloe}");

        using var response = await martin.SubmitAsync(ownForm, $"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string>
        {
            ["Input.LastName"] = "Martin",
        });

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("Page introuvable", (await HtmlClient.ParseAsync(response)).TextOf("main h1"));
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingChanges.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task The_students_tab_opens_the_eldest_and_the_drop_down_lists_both_Dupont_children()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        using var opened = await dupont.GetAsync(new Uri("/Eleves", UriKind.Relative));
        var page = await dupont.GetPageAsync(opened.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        Assert.Equal($"/Eleves/Identite/{demo.Lucas}", opened.Headers.Location.OriginalString);
        Assert.Equal("Élève DUPONT Lucas", page.TextOf("main h1"));
        Assert.Equal("Afficher la fiche de", page.TextOf("label[for=eleve]"));
        Assert.Equal(
            ["DUPONT Lucas", "DUPONT Emma"],
            page.QuerySelectorAll("#eleve option").Select(o => o.TextContent).ToArray());
        Assert.Equal("DUPONT Lucas", page.TextOf("#eleve option[selected]"));
    }

    [Fact]
    public async Task Choosing_another_student_in_the_drop_down_keeps_the_tab_open()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var page = await dupont.GetPageAsync($"/Eleves/Cours/{demo.Lucas}");
        var form = page.QuerySelector("#choix-eleve")!;
        var tab = form.QuerySelector("input[name=onglet]")!.GetAttribute("value");

        using var chosen = await dupont.GetAsync(new Uri($"{form.GetAttribute("action")}?eleve={demo.Emma}&onglet={tab}", UriKind.Relative));
        var emma = await dupont.GetPageAsync(chosen.Headers.Location!.OriginalString);

        Assert.Equal($"/Eleves/Cours/{demo.Emma}", chosen.Headers.Location.OriginalString);
        Assert.Equal("Élève DUPONT Emma", emma.TextOf("main h1"));
        Assert.Equal("Cours", emma.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal("DUPONT Emma", emma.TextOf("#eleve option[selected]"));
    }

    [Fact]
    public async Task Choosing_a_student_of_another_family_answers_404_and_a_single_child_needs_no_drop_down()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");

        var refused = await martin.GetPageAsync($"/Eleves?eleve={demo.Lucas}&onglet=Cours", HttpStatusCode.NotFound);
        var own = await martin.GetPageAsync($"/Eleves/Identite/{demo.Chloe}");

        Assert.Equal("Page introuvable", refused.TextOf("main h1"));
        Assert.Null(own.QuerySelector("#choix-eleve"));
        Assert.Equal(
            ["Identité", "Cours", "Historique", "Répertoire", "Documents fournis", "Réinscription"],
            own.QuerySelectorAll("#onglets-eleve a").Select(a => a.TextContent).ToArray());
        Assert.Equal("Identité", own.TextOf("#onglets-eleve [aria-current=page]"));
    }

    [Fact]
    public async Task A_family_without_students_is_told_so()
    {
        var meudon = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        await App.AddFamilyWithAccountAsync(meudon, "lefebvre1", "Parent2026");
        using var parent = App.Factory.CreateBrowser();
        (await parent.SignInFamilyAsync(meudon, "lefebvre1", "Parent2026")).Dispose();

        var page = await parent.GetPageAsync("/Eleves");

        Assert.Equal("Aucun élève n'est rattaché à votre famille. Pour inscrire un élève, contactez le conservatoire.", page.TextOf("#aucun-eleve"));
    }
}
