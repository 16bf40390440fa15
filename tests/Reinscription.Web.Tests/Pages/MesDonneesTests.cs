using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages;

public class MesDonneesTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_family_downloads_its_own_data_from_mes_donnees()
    {
        var demo = await App.SeedDemoAsync();
        await App.WithDbAsync(db => db.AddSubmittedDocumentAsync(demo.Chloe, "Justificatif de domicile de moins de 3 mois", "facture.pdf", 300, DateTimeOffset.UtcNow));
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var page = await martin.GetPageAsync("/MesDonnees");
        var link = page.QuerySelector("#telecharger")!.GetAttribute("href")!;

        using var response = await martin.GetAsync(new Uri(link, UriKind.Relative));

        Assert.Contains("deux années scolaires après la dernière inscription", page.TextOf("#conservation"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("nav a[href='/MesDonnees']"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var entries = await ZipFiles.EntriesAsync(response);
        var json = ZipFiles.Json(entries["donnees.json"]);
        Assert.Equal("martin1", json.GetProperty("family").GetProperty("identifier").GetString());
        Assert.Equal(["Chloé"], json.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("firstName").GetString()));
        Assert.Single(entries.Keys, k => k.StartsWith("documents/", StringComparison.Ordinal) && k.EndsWith("-facture.pdf", StringComparison.Ordinal));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(l => l.Action == "rgpd.exported" && l.ActorKind == Web.Audit.AuditActorKind.Family)));
    }
}
