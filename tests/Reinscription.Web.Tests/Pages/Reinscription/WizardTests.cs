using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

public class WizardTests(AppFixture app) : AppTest(app)
{
    private const string FmSlot = "FM 2.2 (33) - JEUDI - 17.00 à 18.30";

    [Fact]
    public async Task A_parent_re_enrols_from_login_to_the_acknowledgement_email()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        var seatsBefore = await SeatsTakenAsync(FmSlot);

        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        Assert.Contains("Je souhaite réinscrire DUPONT Lucas", tab.TextOf("#etat"));
        Assert.Equal($"/Reinscription/Coordonnees/{lucasId}", await PostAsync(client, tab, $"/Reinscription/{lucasId}", "form[action*='handler=Reinscrire']"));

        var step1 = await client.GetPageAsync($"/Reinscription/Coordonnees/{lucasId}");
        Assert.Equal("1 Modification des coordonnées", step1.TextOf("[aria-current=step]"));
        Assert.Equal("Claire", step1.QuerySelector("#Input_Guardian_FirstName")!.GetAttribute("value"));
        Assert.Equal("Collège Armande Béjart, Meudon", step1.QuerySelector("#Input_Student_SchoolName")!.GetAttribute("value"));
        Assert.Equal($"/Reinscription/Autorisations/{lucasId}", await PostAsync(client, step1, $"/Reinscription/Coordonnees/{lucasId}"));

        Assert.Equal($"/Reinscription/Documents/{lucasId}", await StepAsync(client, $"/Reinscription/Autorisations/{lucasId}", new()
        {
            ["Input.ImageRights"] = "true",
            ["Input.MayLeaveAlone"] = "false",
        }));

        var step3 = await client.GetPageAsync($"/Reinscription/Documents/{lucasId}");
        Assert.Contains("Justificatif de domicile de moins de 3 mois", step3.TextOf("#pieces-famille"));
        Assert.Equal($"/Reinscription/Cours/{lucasId}", await PostAsync(client, step3, $"/Reinscription/Documents/{lucasId}", "#etape"));

        var step4 = await client.GetPageAsync($"/Reinscription/Cours/{lucasId}");
        var fmLine = FmLine(step4);
        var slots = fmLine.QuerySelectorAll("select[name$='ChosenCourseId'] option").Select(o => o.TextContent).ToList();
        Assert.Contains($"{FmSlot} (8 places)", slots);
        Assert.Contains("FM 2.2 (31) - LUNDI - 17.00 à 18.30 (1 place)", slots);
        Assert.DoesNotContain(slots, s => s.StartsWith("FM 2.2 (32)", StringComparison.Ordinal));
        Assert.Equal(
            ["Aucune", "FM 2.2 (32) - MERCREDI - 14.00 à 15.30 (complet — liste d'attente)"],
            fmLine.QuerySelectorAll("select[name$='WaitlistCourseId'] option").Select(o => o.TextContent));
        Assert.Contains("attribué par le conservatoire", step4.TextOf("#cours tbody"));
        var fmIndex = FmIndex(step4);
        Assert.Equal($"/Reinscription/Recapitulatif/{lucasId}", await StepAsync(client, $"/Reinscription/Cours/{lucasId}", new()
        {
            [$"Input.Lines[{fmIndex}].ChosenCourseId"] = SlotValue(step4, FmSlot),
            ["Input.FirstInstrumentWish"] = "Alto",
        }));

        var step5 = await client.GetPageAsync($"/Reinscription/Recapitulatif/{lucasId}");
        Assert.Contains(FmSlot, step5.TextOf("#recap-cours-table"));
        Assert.Contains("Alto", step5.TextOf("#recap-infos-valeurs"));
        Assert.Equal("Droit à l'image Oui Autorisation de sortie Non", step5.TextOf("#recap-autorisations-valeurs"));
        Assert.Equal($"/Reinscription/Finalisation/{lucasId}", await StepAsync(client, $"/Reinscription/Recapitulatif/{lucasId}", new()
        {
            ["Input.AcceptsTerms"] = "true",
        }));

        var done = await client.GetPageAsync($"/Reinscription/Finalisation/{lucasId}");
        Assert.Equal("Réinscription terminée Votre demande de réinscription a bien été prise en compte. Un e-mail vous a été envoyé à l'adresse dupont@example.org",
            done.TextOf("#termine"));
        var mail = await App.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Réinscription de Lucas enregistrée", mail.Subject);
        Assert.Contains($"Formation musicale : {FmSlot}", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Violoncelle : Attribué par le conservatoire", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Pièces encore à fournir avant le", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Justificatif de domicile de moins de 3 mois", mail.Text, StringComparison.Ordinal);
        Assert.Equal(seatsBefore + 1, await SeatsTakenAsync(FmSlot));
        var readOnly = await client.GetPageAsync($"/Reinscription/{lucasId}");
        Assert.Contains("en lecture seule", readOnly.TextOf("#etat"));
        var audited = await App.WithDbAsync(db => db.AuditLog.Where(l => l.RecordType == "Élève" && l.RecordId == lucasId.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .OrderBy(l => l.Id).Select(l => l.Action).ToListAsync());
        Assert.Equal(["request.reenrol", "request.submitted"], audited);
    }

    [Fact]
    public async Task Coordinates_changed_in_the_wizard_wait_for_staff_like_any_identity_edit()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        await PostAsync(client, tab, $"/Reinscription/{lucasId}", "form[action*='handler=Reinscrire']");

        await StepAsync(client, $"/Reinscription/Coordonnees/{lucasId}", new()
        {
            ["Input.Guardian.MobilePhone"] = "06 99 88 77 66",
            ["Input.Student.SchoolLevel"] = "3e",
        });
        var back = await client.GetPageAsync($"/Reinscription/Coordonnees/{lucasId}");

        var changes = await App.WithDbAsync(db => db.PendingChanges.OrderBy(c => c.Subject).Select(c => c.Subject).ToListAsync());
        Assert.Equal([Domain.Changes.ChangeSubject.Guardian1, Domain.Changes.ChangeSubject.Student], changes);
        Assert.Equal("4e", await App.WithDbAsync(db => db.Students.Where(s => s.Id == lucasId).Select(s => s.SchoolLevel).SingleAsync()));
        Assert.Equal("3e", back.QuerySelector("#Input_Student_SchoolLevel")!.GetAttribute("value"));
        Assert.NotNull(back.QuerySelector("#attente-eleve"));
    }

    [Fact]
    public async Task Step_three_uploads_a_document_and_the_summary_shows_it_provided()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        await PostAsync(client, tab, $"/Reinscription/{lucasId}", "form[action*='handler=Reinscrire']");
        await StepAsync(client, $"/Reinscription/Coordonnees/{lucasId}", new());
        await StepAsync(client, $"/Reinscription/Autorisations/{lucasId}", new() { ["Input.ImageRights"] = "true", ["Input.MayLeaveAlone"] = "true" });
        var addressProof = await App.RequirementIdAsync("Justificatif de domicile de moins");

        using var uploaded = await client.UploadAsync($"/Reinscription/Documents/{lucasId}", addressProof,
            Web.Tests.Documents.TestFiles.Pdf(["Quittance de loyer octobre 2026"]), "Quittance d'octobre.pdf");
        var step3 = await client.GetPageAsync($"/Reinscription/Documents/{lucasId}");

        Assert.Equal(HttpStatusCode.Redirect, uploaded.StatusCode);
        Assert.Contains("Quittance-d-octobre.pdf", step3.TextOf($"#piece-{addressProof}"));
        Assert.Equal("Fourni", step3.TextOf($"#piece-{addressProof} td.etat"));
    }

    [Fact]
    public async Task Not_re_enrolling_records_the_decision_and_sends_an_acknowledgement()
    {
        var (client, emmaId) = await DemoParentAsync("Emma");
        var tab = await client.GetPageAsync($"/Reinscription/{emmaId}");

        await PostAsync(client, tab, $"/Reinscription/{emmaId}", "form[action*='handler=NePasReinscrire']");
        var after = await client.GetPageAsync($"/Reinscription/{emmaId}");

        Assert.StartsWith("Vous avez indiqué que DUPONT Emma ne sera pas réinscrit(e) pour 2026-2027", after.TextOf("#etat"), StringComparison.Ordinal);
        var request = await App.WithDbAsync(db => db.ReenrollmentRequests.SingleAsync());
        Assert.Equal((ReenrollmentWish.DoNotReenrol, RequestStatus.Submitted), (request.Wish, request.Status));
        Assert.Equal("Non-réinscription de Emma enregistrée", (await App.Mail.WaitForMailToAsync("dupont@example.org")).Subject);
    }

    [Fact]
    public async Task A_closed_campaign_shows_the_request_read_only_and_refuses_changes()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await ReachCoursAsync(client, lucasId);
        await MoveCampaignAsync(opensInDays: -30, closesInDays: -1);

        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        using var step4 = await client.GetAsync(new Uri($"/Reinscription/Cours/{lucasId}", UriKind.Relative));

        Assert.StartsWith("Les réinscriptions pour 2026-2027 sont closes depuis le", tab.TextOf("#etat"), StringComparison.Ordinal);
        Assert.Contains("voici ce qui avait été saisi", tab.TextOf("#etat"));
        Assert.Null(tab.QuerySelector("form[action*='handler=Reinscrire']"));
        Assert.Equal($"/Reinscription/{lucasId}", step4.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task A_second_campaign_of_the_year_takes_over_every_step_from_the_closed_one()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await ReachCoursAsync(client, lucasId);
        await MoveCampaignAsync(opensInDays: -30, closesInDays: -1);
        var meudon = await MeudonAsync();
        var second = await App.WithDbAsync(db => db.AddCampaignAsync(meudon, DateTimeOffset.UtcNow.AddHours(-1), DateTimeOffset.UtcNow.AddDays(30)));

        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        var wants = await PostAsync(client, tab, $"/Reinscription/{lucasId}", "form[action*='handler=Reinscrire']");
        var step1 = await client.GetPageAsync($"/Reinscription/Coordonnees/{lucasId}");
        var next = await StepAsync(client, $"/Reinscription/Coordonnees/{lucasId}", new());
        var steps = await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking()
            .Where(r => r.StudentId == lucasId).OrderBy(r => r.Id).Select(r => new { r.CampaignId, r.CurrentStep }).ToListAsync());

        Assert.Equal($"/Reinscription/Coordonnees/{lucasId}", wants);
        Assert.Equal("Réinscription de DUPONT Lucas", step1.TextOf("h1"));
        Assert.Equal($"/Reinscription/Autorisations/{lucasId}", next);
        Assert.Equal(4, steps[0].CurrentStep);
        Assert.Equal((second.Id, 2), (steps[1].CampaignId, steps[1].CurrentStep));
    }

    [Fact]
    public async Task A_campaign_not_yet_open_says_when_it_opens()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await MoveCampaignAsync(opensInDays: 3, closesInDays: 30);

        var tab = await client.GetPageAsync($"/Reinscription/{lucasId}");
        using var forced = await client.PostWithTokenAsync(await client.GetPageAsync("/Accueil"), $"/Reinscription/{lucasId}?handler=Reinscrire", new Dictionary<string, string>());

        Assert.StartsWith("Les réinscriptions pour 2026-2027 ouvriront le", tab.TextOf("#etat"), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync()));
    }

    [Fact]
    public async Task A_new_login_resumes_at_the_step_reached_with_what_was_entered()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await ReachCoursAsync(client, lucasId);
        client.Dispose();

        using var again = App.Factory.CreateBrowser();
        (await again.SignInFamilyAsync(await MeudonAsync(), "dupont1", DemoSeeder.ParentPassword)).Dispose();
        using var resume = await again.GetAsync(new Uri($"/Reinscription/{lucasId}", UriKind.Relative));
        var step2 = await again.GetPageAsync($"/Reinscription/Autorisations/{lucasId}");

        Assert.Equal($"/Reinscription/Cours/{lucasId}", resume.Headers.Location?.OriginalString);
        Assert.NotNull(step2.QuerySelector("#image-oui[checked]"));
        Assert.NotNull(step2.QuerySelector("#sortie-non[checked]"));
    }

    [Fact]
    public async Task A_step_left_unanswered_says_what_is_missing_next_to_the_field()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await ReachCoursAsync(client, lucasId);
        var step4 = await client.GetPageAsync($"/Reinscription/Cours/{lucasId}");

        using var response = await client.SubmitAsync(step4, $"/Reinscription/Cours/{lucasId}", new Dictionary<string, string>
        {
            [$"Input.Lines[{FmIndex(step4)}].ChosenCourseId"] = "",
            ["Input.Siblings"] = "Emma DUPONT, danse",
        });

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("Choisissez un horaire pour Formation musicale.", page.TextOf($"[data-valmsg-for='Input.Lines[{FmIndex(step4)}].ChosenCourseId']"));
        Assert.Equal("Emma DUPONT, danse", page.QuerySelector("#Input_Siblings")!.GetAttribute("value"));
    }

    [Fact]
    public async Task Submitting_twice_records_one_request_and_takes_the_seat_once()
    {
        var (client, lucasId) = await DemoParentAsync("Lucas");
        await ReachRecapAsync(client, lucasId);
        var seatsBefore = await SeatsTakenAsync(FmSlot);
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{lucasId}");
        var fields = new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" };

        var responses = await Task.WhenAll(
            client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{lucasId}", fields),
            client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{lucasId}", fields));
        using var replay = await client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{lucasId}", fields);

        Assert.All(responses.Append(replay), r => Assert.Equal($"/Reinscription/Finalisation/{lucasId}", r.Headers.Location?.OriginalString));
        Assert.Equal(seatsBefore + 1, await SeatsTakenAsync(FmSlot));
        Assert.Equal(1, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync(r => r.Status == RequestStatus.Submitted)));
        Assert.Equal(1, await App.WithDbAsync(db => db.Enrollments.CountAsync(e => e.StudentId == lucasId && e.Course!.SchoolYear!.StartYear == 2026)));
        await App.Mail.WaitForMailToAsync("dupont@example.org");
        await Task.Delay(1000);
        Assert.Single(await App.Mail.MessagesAsync());
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Another_family_gets_404_on_every_step_of_a_student_not_theirs()
    {
        var (_, lucasId) = await DemoParentAsync("Lucas");
        using var martin = App.Factory.CreateBrowser();
        (await martin.SignInFamilyAsync(await MeudonAsync(), "martin1", DemoSeeder.ParentPassword)).Dispose();

        foreach (var page in new[] { "", "Coordonnees/", "Autorisations/", "Documents/", "Cours/", "Recapitulatif/", "Finalisation/" })
        {
            await martin.GetPageAsync($"/Reinscription/{page}{lucasId}", HttpStatusCode.NotFound);
        }

        using var forged = await martin.PostWithTokenAsync(await martin.GetPageAsync("/Accueil"), $"/Reinscription/{lucasId}?handler=Reinscrire", new Dictionary<string, string>());
        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync()));
    }

    private async Task<(HttpClient Client, int StudentId)> DemoParentAsync(string firstName)
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var studentId = await App.WithDbAsync(db => db.Students
            .Where(s => s.FirstName == firstName && s.Family!.Identifier == "dupont1" && s.Family.Site!.Name == "Meudon")
            .Select(s => s.Id).SingleAsync());
        var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(await MeudonAsync(), "dupont1", DemoSeeder.ParentPassword)).Dispose();
        return (client, studentId);
    }

    private Task<Domain.Sites.Site> MeudonAsync() => App.WithDbAsync(db => db.Sites.SingleAsync(s => s.Name == "Meudon"));

    private static async Task ReachCoursAsync(HttpClient client, int studentId)
    {
        var tab = await client.GetPageAsync($"/Reinscription/{studentId}");
        await PostAsync(client, tab, $"/Reinscription/{studentId}", "form[action*='handler=Reinscrire']");
        await StepAsync(client, $"/Reinscription/Coordonnees/{studentId}", new());
        await StepAsync(client, $"/Reinscription/Autorisations/{studentId}", new() { ["Input.ImageRights"] = "true", ["Input.MayLeaveAlone"] = "false" });
        var step3 = await client.GetPageAsync($"/Reinscription/Documents/{studentId}");
        await PostAsync(client, step3, $"/Reinscription/Documents/{studentId}", "#etape");
    }

    private static async Task ReachRecapAsync(HttpClient client, int studentId)
    {
        await ReachCoursAsync(client, studentId);
        var step4 = await client.GetPageAsync($"/Reinscription/Cours/{studentId}");
        await StepAsync(client, $"/Reinscription/Cours/{studentId}", new()
        {
            [$"Input.Lines[{FmIndex(step4)}].ChosenCourseId"] = SlotValue(step4, FmSlot),
        });
    }

    private static async Task<string?> StepAsync(HttpClient client, string url, Dictionary<string, string> values)
    {
        using var response = await client.SubmitAsync(url, values);
        Assert.True(response.StatusCode == HttpStatusCode.Redirect,
            $"{url} answered {response.StatusCode}: {(await HtmlClient.ParseAsync(response)).QuerySelector("main")?.TextContent}");
        return response.Headers.Location?.OriginalString;
    }

    private static async Task<string?> PostAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument page, string url, string form = "main form[method=post]")
    {
        using var response = await client.SubmitAsync(page, url, new Dictionary<string, string>(), form);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location?.OriginalString;
    }

    private static AngleSharp.Dom.IElement FmLine(AngleSharp.Html.Dom.IHtmlDocument step4) =>
        step4.QuerySelectorAll("#cours tbody tr").Single(r => r.TextContent.Contains("Formation musicale", StringComparison.Ordinal));

    private static int FmIndex(AngleSharp.Html.Dom.IHtmlDocument step4) =>
        step4.QuerySelectorAll("#cours tbody tr").Select((r, i) => (r, i)).Single(x => x.r.TextContent.Contains("Formation musicale", StringComparison.Ordinal)).i;

    private static string SlotValue(AngleSharp.Html.Dom.IHtmlDocument step4, string label) =>
        FmLine(step4).QuerySelectorAll("option").Single(o => o.TextContent.StartsWith(label, StringComparison.Ordinal)).GetAttribute("value")!;

    private Task<int> SeatsTakenAsync(string slotLabel) =>
        App.WithDbAsync(async db => (await db.Courses.AsNoTracking().Where(c => c.SchoolYear!.StartYear == 2026).ToListAsync())
            .Single(c => c.SlotLabel == slotLabel).SeatsTaken);

    private Task MoveCampaignAsync(int opensInDays, int closesInDays) =>
        App.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync();
            var now = DateTimeOffset.UtcNow;
            campaign.Reschedule(now.AddDays(opensInDays), now.AddDays(closesInDays), now.AddDays(closesInDays + 30));
            await db.SaveChangesAsync();
        });
}
