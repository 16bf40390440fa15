using System.Net;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Campagnes;

/// <summary>What parents see of a campaign the secretariat set up: its mode's steps and its texts.</summary>
public class AdministrativeCampaignTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task An_administrative_campaign_skips_the_course_step_and_validation_takes_no_seat()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var minute = CampagnesTests.ParisNowToTheMinute();
        var fields = CampagnesTests.Fields(season.Meudon.Id, 2026, minute.AddMinutes(-5), minute.AddDays(10), minute.AddDays(40), CampaignMode.Administrative);
        fields["Input.TabText"] = "La réinscription pédagogique se fera automatiquement.\nPour changer de cours, écrivez au conservatoire.";
        fields["Input.DocumentsText"] = "Importez les documents à fournir puis validez.";
        using var created = await staff.SubmitAsync("/Admin/Campagnes/Creer", fields);
        using var parent = await season.SignInParentAsync(App);
        var id = season.LucasId;

        var tab = await parent.GetPageAsync($"/Reinscription/{id}");
        Assert.Equal($"/Reinscription/Coordonnees/{id}", await PostAsync(parent, tab, $"/Reinscription/{id}", "form[action*='handler=Reinscrire']"));
        var step1 = await parent.GetPageAsync($"/Reinscription/Coordonnees/{id}");
        Assert.Equal($"/Reinscription/Autorisations/{id}", await PostAsync(parent, step1, $"/Reinscription/Coordonnees/{id}"));
        var step2 = await parent.GetPageAsync($"/Reinscription/Autorisations/{id}");
        Assert.Equal($"/Reinscription/Documents/{id}", await PostAsync(parent, step2, $"/Reinscription/Autorisations/{id}", values: new()
        {
            ["Input.ImageRights"] = "true",
            ["Input.MayLeaveAlone"] = "true",
        }));
        var step3 = await parent.GetPageAsync($"/Reinscription/Documents/{id}");
        var afterDocuments = await PostAsync(parent, step3, $"/Reinscription/Documents/{id}", "#etape");
        using var coursesStep = await parent.GetAsync(new Uri($"/Reinscription/Cours/{id}", UriKind.Relative));
        var step5 = await parent.GetPageAsync($"/Reinscription/Recapitulatif/{id}");

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.Equal("La réinscription pédagogique se fera automatiquement.\nPour changer de cours, écrivez au conservatoire.",
            tab.QuerySelector("#texte-campagne")!.TextContent);
        Assert.Equal("Importez les documents à fournir puis validez.", step3.TextOf("#texte-etape"));
        Assert.Equal(["Modification des coordonnées", "Autorisations", "Documents", "Récapitulatif", "Finalisation"], StepNames(step3));
        Assert.Equal("3 Documents", step3.TextOf("[aria-current=step]"));
        Assert.Equal($"/Reinscription/Recapitulatif/{id}", afterDocuments);
        Assert.Equal($"/Reinscription/Recapitulatif/{id}", coursesStep.Headers.Location?.OriginalString);
        Assert.Equal("4 Récapitulatif", step5.TextOf("[aria-current=step]"));
        Assert.Equal(["Formation musicale", "FM 2.1 (21)", "Attribué par le conservatoire"], step5.RowsOf("#recap-cours-table")[0]);
        Assert.Equal($"/Reinscription/Documents/{id}", step5.QuerySelector("a.btn-outline-secondary")!.GetAttribute("href"));

        Assert.Equal($"/Reinscription/Finalisation/{id}", await PostAsync(parent, step5, $"/Reinscription/Recapitulatif/{id}", values: new()
        {
            ["Input.AcceptsTerms"] = "true",
        }));
        var acknowledgement = await App.WithDbAsync(db => db.Outbox.SingleAsync(m => m.Subject == "Réinscription de Lucas enregistrée"));
        Assert.Contains("Formation musicale : Attribué par le conservatoire", acknowledgement.TextBody, StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Courses.Where(c => c.Id == season.NextYearSlotId).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Enrollments.CountAsync(e => e.Course!.SchoolYearId == season.NextYearId)));
        Assert.Equal(RequestStatus.Submitted, await App.WithDbAsync(db => db.ReenrollmentRequests.Select(r => r.Status).SingleAsync()));
    }

    [Fact]
    public async Task A_complete_campaign_shows_the_texts_the_secretariat_wrote_on_each_step()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var minute = CampagnesTests.ParisNowToTheMinute();
        (await CampagnesTests.CreateAsync(staff, season.Meudon.Id, 2026, minute.AddMinutes(-5), minute.AddDays(10), minute.AddDays(40))).Dispose();
        var campaignId = await App.WithDbAsync(db => db.Campaigns.Select(c => c.Id).SingleAsync());
        using var edited = await staff.SubmitAsync($"/Admin/Campagnes/Modifier/{campaignId}", new Dictionary<string, string>
        {
            ["Input.CoordinatesText"] = "Vérifiez surtout votre adresse e-mail.",
            ["Input.CoursesText"] = "Les cours de FM ouvrent dans la limite des places.",
            ["Input.AuthorisationsText"] = "",
        }, "#campagne");
        using var parent = await season.SignInParentAsync(App);
        var id = season.LucasId;

        var tab = await parent.GetPageAsync($"/Reinscription/{id}");
        await PostAsync(parent, tab, $"/Reinscription/{id}", "form[action*='handler=Reinscrire']");
        var step1 = await parent.GetPageAsync($"/Reinscription/Coordonnees/{id}");
        await PostAsync(parent, step1, $"/Reinscription/Coordonnees/{id}");
        var step2 = await parent.GetPageAsync($"/Reinscription/Autorisations/{id}");
        await PostAsync(parent, step2, $"/Reinscription/Autorisations/{id}", values: new() { ["Input.ImageRights"] = "true", ["Input.MayLeaveAlone"] = "true" });
        var step3 = await parent.GetPageAsync($"/Reinscription/Documents/{id}");
        Assert.Equal($"/Reinscription/Cours/{id}", await PostAsync(parent, step3, $"/Reinscription/Documents/{id}", "#etape"));
        var step4 = await parent.GetPageAsync($"/Reinscription/Cours/{id}");

        Assert.Equal("Vérifiez surtout votre adresse e-mail.", step1.TextOf("#texte-etape"));
        Assert.Null(step2.QuerySelector("#texte-etape"));
        Assert.Equal("Les cours de FM ouvrent dans la limite des places.", step4.TextOf("#texte-etape"));
        Assert.Equal(6, StepNames(step4).Count);
        var audit = await Season.LastAuditAsync(App, "campaign.updated");
        Assert.Equal(["Texte de l'étape Coordonnées", "Texte de l'étape Autorisations", "Texte de l'étape Cours"], audit.Changes.Select(c => c.Field));
        Assert.Equal("", audit.Changes[1].After);
    }

    private static List<string> StepNames(IHtmlDocument page) =>
        [.. page.QuerySelectorAll(".wizard-step-name").Select(s => s.TextContent.Trim())];

    private static async Task<string?> PostAsync(HttpClient client, IHtmlDocument page, string url, string form = "main form[method=post]", Dictionary<string, string>? values = null)
    {
        using var response = await client.SubmitAsync(page, url, values ?? [], form);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{url} answered {response.StatusCode}: {(await HtmlClient.ParseAsync(response)).QuerySelector("main")?.TextContent}");
        return response.Headers.Location?.OriginalString;
    }
}
