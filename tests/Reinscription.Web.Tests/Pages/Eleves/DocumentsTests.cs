using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Eleves;

public class DocumentsTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_documents_tab_lists_the_students_lines_with_their_files()
    {
        var demo = await App.SeedDemoAsync();
        await App.WithDbAsync(db => db.AddSubmittedDocumentAsync(
            demo.Emma, "Certificat médical DANSE", "certificat-medical-emma.pdf", 262_144, new DateTimeOffset(2026, 6, 2, 8, 30, 0, TimeSpan.Zero)));
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var emma = await dupont.GetPageAsync($"/Eleves/Documents/{demo.Emma}");
        var lucas = await dupont.GetPageAsync($"/Eleves/Documents/{demo.Lucas}");

        Assert.Equal("Documents fournis", emma.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal(
            ["Nom du document", "Nom du fichier", "Date", "Heure", "Taille (Mo)", "État", "Consulter", "Actions"],
            emma.QuerySelectorAll("#pieces-eleve thead th").Select(th => th.TextContent).ToArray());
        Assert.StartsWith("Certificat médical DANSE", emma.TextOf("#pieces-eleve tbody th"), StringComparison.Ordinal);
        Assert.Equal(
            ["certificat-medical-emma.pdf", "02/06/2026", "10:30", "0,25", "Fourni"],
            emma.RowsOf("#pieces-eleve").Single()[..5]);
        Assert.Equal("Aucune pièce à fournir.", lucas.TextOf("#pieces-eleve-aucune"));
    }
}
