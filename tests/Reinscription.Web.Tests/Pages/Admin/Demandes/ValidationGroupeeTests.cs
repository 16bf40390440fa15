using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>Validating at once the submitted requests whose documents are all validated.</summary>
public class ValidationGroupeeTests(AppFixture app) : AppTest(app)
{
    /// <summary>
    /// Two requests ready (sent, every mandatory document validated); not ready: one whose file waits for staff,
    /// one with a refused document, one without any, a draft with its documents validated, and Lucas (family documents missing).
    /// </summary>
    private async Task<(int Zoe, int Paul)> ReadyAndNotAsync()
    {
        var demo = await App.SeedDemoAsync();
        await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        var zoe = await App.AddMeudonStudentAsync("lefevre1", "Lefèvre", "Zoé");
        await App.AddRequestAsync(zoe, RequestStage.Submitted);
        await App.AddDocumentAsync(zoe, "Justificatif de domicile de moins", DocumentState.Validated);
        var paul = await App.AddMeudonStudentAsync("girard1", "Girard", "Paul");
        await App.AddRequestAsync(paul, RequestStage.Submitted);
        await App.AddDocumentAsync(paul, "Justificatif de domicile de moins", DocumentState.Refused, DateTimeOffset.UtcNow.AddDays(-9));
        await App.AddDocumentAsync(paul, "Justificatif de domicile de moins", DocumentState.Validated, DateTimeOffset.UtcNow.AddDays(-4));
        var hugo = await App.AddMeudonStudentAsync("moreau1", "Moreau", "Hugo");
        await App.AddRequestAsync(hugo, RequestStage.Submitted);
        await App.AddDocumentAsync(hugo, "Justificatif de domicile de moins", DocumentState.Provided);
        var ines = await App.AddMeudonStudentAsync("roux1", "Roux", "Inès");
        await App.AddRequestAsync(ines, RequestStage.Submitted);
        await App.AddDocumentAsync(ines, "Justificatif de domicile de moins", DocumentState.Refused);
        var noe = await App.AddMeudonStudentAsync("petit1", "Petit", "Noé");
        await App.AddRequestAsync(noe, RequestStage.Submitted);
        var lea = await App.AddMeudonStudentAsync("bernard1", "Bernard", "Léa");
        await App.AddRequestAsync(lea, RequestStage.Draft);
        await App.AddDocumentAsync(lea, "Justificatif de domicile de moins", DocumentState.Validated);
        return (zoe, paul);
    }

    [Fact]
    public async Task Bulk_validation_shows_the_count_first_then_validates_exactly_the_requests_whose_documents_are_all_validated()
    {
        var (zoe, paul) = await ReadyAndNotAsync();
        var campaign = await App.MeudonCampaignIdAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();
        var list = await staff.GetPageAsync("/Admin/Demandes");
        var url = list.QuerySelector("a[href^='/Admin/Demandes/ValidationGroupee']")!.GetAttribute("href")!;

        var confirmation = await staff.GetPageAsync(url);
        using var response = await staff.SubmitAsync(confirmation, url, new Dictionary<string, string>(), "#valider");
        var after = await staff.GetPageAsync(response.Headers.Location!.OriginalString);

        Assert.Equal($"/Admin/Demandes/ValidationGroupee?campagne={campaign}", url);
        Assert.StartsWith("2 demande(s) transmise(s) ont toutes leurs pièces validées", confirmation.TextOf("#nombre"), StringComparison.Ordinal);
        Assert.Equal("Valider ces 2 demande(s)", confirmation.TextOf("#valider button"));
        Assert.Equal(["GIRARD Paul", "LEFÈVRE Zoé"], confirmation.QuerySelectorAll("#pretes tbody th").Select(th => th.TextContent.Trim()).ToArray());
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("2 demande(s) validée(s) ; chaque famille en est informée par e-mail.", after.TextOf("#confirmation"));
        var validated = await App.WithDbAsync(db => db.ReenrollmentRequests.Where(r => r.Status == RequestStatus.Validated).Select(r => r.StudentId).OrderBy(i => i).ToListAsync());
        Assert.Equal(new[] { zoe, paul }.Order(), validated);
        Assert.Equal(4, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync(r => r.Status == RequestStatus.Submitted)));
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "request.validated")));
        await App.WaitForSubjectAsync("lefevre1@example.org", "Réinscription de Zoé validée");
        await App.WaitForSubjectAsync("girard1@example.org", "Réinscription de Paul validée");
        var again = await staff.GetPageAsync(url);
        Assert.NotNull(again.QuerySelector("#aucune"));
    }

    [Fact]
    public async Task A_count_that_changed_since_the_page_was_shown_validates_nothing_and_shows_the_new_count()
    {
        await ReadyAndNotAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();
        var url = $"/Admin/Demandes/ValidationGroupee?campagne={await App.MeudonCampaignIdAsync()}";
        var confirmation = await staff.GetPageAsync(url);
        var hugo = await App.WithDbAsync(db => db.Students.Where(s => s.LastName == "Moreau").Select(s => s.Id).SingleAsync());
        await App.AddDocumentAsync(hugo, "Justificatif de domicile de moins", DocumentState.Validated, DateTimeOffset.UtcNow.AddHours(-1));

        using var response = await staff.SubmitAsync(confirmation, url, new Dictionary<string, string>(), "#valider");
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Entre-temps, le nombre de demandes prêtes est passé de 2 à 3 : vérifiez la liste puis validez à nouveau.", page.TextOf("#changement"));
        Assert.Equal("Valider ces 3 demande(s)", page.TextOf("#valider button"));
        Assert.Equal("3", page.QuerySelector("#Input_Count")!.GetAttribute("value"));
        Assert.Equal(0, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync(r => r.Status == RequestStatus.Validated)));
    }
}
