using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>A request as staff read it before deciding, and "Valider".</summary>
public class DetailTests(AppFixture app) : AppTest(app)
{
    /// <summary>Lucas's request as the wizard leaves it, with a new mobile number typed at step 1 (waiting for staff).</summary>
    private async Task<(DemoStudents Demo, int RequestId)> LucasSentAsync()
    {
        var demo = await App.SeedDemoAsync();
        var id = await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted, answers: r =>
        {
            r.ImageRights = false;
            r.MayLeaveAlone = false;
            r.ChangeWishes(new RequestWishes(
                OtherConservatory: "CRR de Paris, piano",
                Siblings: "Emma DUPONT, danse",
                FirstInstrumentWish: "Alto",
                SecondInstrumentWish: "Contrebasse",
                CollectivePracticeWish: "Orchestre à vent",
                NewDisciplines: "Chant choral"));
        });
        await App.AddDocumentAsync(demo.Lucas, "Justificatif de domicile de moins", DocumentState.Provided);
        await App.WithDbAsync(async db =>
        {
            var lucas = await db.Students.SingleAsync(s => s.Id == demo.Lucas);
            var current = StudentDetails.From(lucas);
            db.PendingChanges.Add(new PendingChange(
                lucas.FamilyId, lucas.Id, ChangeSubject.Student, ChangeValues.Serialize(current),
                ChangeValues.Serialize(current with { MobilePhone = "06 99 88 77 66" }), RequestData.SubmittedAt));
            await db.SaveChangesAsync();
        });
        return (demo, id);
    }

    [Fact]
    public async Task The_request_page_shows_everything_the_family_entered_its_documents_and_the_decisions()
    {
        var (_, id) = await LucasSentAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        var page = await staff.GetPageAsync($"/Admin/Demandes/Detail/{id}");

        Assert.Equal("Famille dupont1 · 2026-2027 · Transmise · transmise le 12/05/2026 à 18:30", page.TextOf("#entete"));
        Assert.Equal("Non (fiche : Oui)", page.TextOf("#droit-image"));
        Assert.Equal(["Alto", "Contrebasse"], page.QuerySelectorAll("#voeux-instrument li").Select(li => li.TextContent).ToArray());
        Assert.Equal("Orchestre à vent", page.TextOf("#pratique-collective"));
        Assert.Equal("CRR de Paris, piano", page.TextOf("#autre-conservatoire"));
        Assert.Equal("Emma DUPONT, danse", page.TextOf("#fratrie"));
        Assert.Equal("Chant choral", page.TextOf("#nouvelles-disciplines"));
        Assert.Contains(["FM 2.1 (21)", RequestData.Slot33Label], page.RowsOf("#cours"));
        Assert.Contains(["Violoncelle", "Attribué par le conservatoire"], page.RowsOf("#cours"));
        Assert.Equal($"Formation musicale : {RequestData.Slot33Label}", page.TextOf("#inscriptions li"));
        Assert.Contains("Madame Claire DUPONT", page.TextOf("#responsables"));
        Assert.Contains("laurent.dupont@example.org", page.TextOf("#responsables"));
        Assert.Equal("Mobile", page.TextOf("#modification-eleve tbody th"));
        Assert.Equal(["", "06 99 88 77 66"], page.RowsOf("#modification-eleve").Single());
        Assert.Contains(["Famille", "Fourni", "piece.pdf"], page.RowsOf("#pieces"));
        Assert.Contains(["Famille", "À fournir", ""], page.RowsOf("#pieces"));
        Assert.Equal(["12/05/2026 à 18:30", "La famille", "Demande transmise", ""], page.RowsOf("#historique").Single());
        Assert.NotNull(page.QuerySelector("#valider button"));
        Assert.Equal($"/Admin/Demandes/Refuser/{id}", page.QuerySelector("#refuser")!.GetAttribute("href"));
        Assert.Equal($"/Admin/Demandes/Modifier/{id}", page.QuerySelector("#modifier")!.GetAttribute("href"));
        Assert.NotNull(page.QuerySelector("#avertissement-pieces"));
    }

    [Fact]
    public async Task Valider_writes_the_authorisations_and_contact_details_to_the_record_mails_both_guardians_and_audits()
    {
        var (demo, id) = await LucasSentAsync();
        using var staff = await App.SignInMeudonSecretariatAsync();

        using var response = await staff.SubmitAsync($"/Admin/Demandes/Detail/{id}", new Dictionary<string, string>(), "#valider");
        var page = await staff.GetPageAsync($"/Admin/Demandes/Detail/{id}");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Demande validée : la fiche de l'élève est à jour et la famille en est informée par e-mail.", page.TextOf("#confirmation"));
        Assert.StartsWith("Famille dupont1 · 2026-2027 · Validée", page.TextOf("#entete"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("#valider"));
        var lucas = await App.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.Id == demo.Lucas));
        Assert.Equal((false, false, "06 99 88 77 66"), (lucas.ImageRights, lucas.MayLeaveAlone, lucas.MobilePhone));
        Assert.Equal(ChangeStatus.Accepted, await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Status).SingleAsync()));
        Assert.Equal(RequestStatus.Validated, await App.WithDbAsync(db => db.ReenrollmentRequests.Where(r => r.Id == id).Select(r => r.Status).SingleAsync()));

        var audit = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync());
        Assert.Equal(("request.validated", "Demande", $"{id}", "secretariat.meudon@example.org"), (audit.Action, audit.RecordType, audit.RecordId, audit.ActorName));
        Assert.Equal("Réinscription de DUPONT Lucas pour 2026-2027 validée ; modification de la fiche de l'élève acceptée.", audit.Summary);
        Assert.Contains(audit.Changes, c => c is { Field: "Droit à l'image", Before: "Oui", After: "Non" });
        Assert.Contains(audit.Changes, c => c is { Field: "Mobile", Before: "", After: "06 99 88 77 66" });
        Assert.Contains(audit.Changes, c => c is { Field: "Statut", Before: "Transmise", After: "Validée" });
        Assert.Contains("Statut : Transmise → Validée", page.TextOf("#historique tbody tr"));

        foreach (var guardian in new[] { "dupont@example.org", "laurent.dupont@example.org" })
        {
            var mail = await App.WaitForSubjectAsync(guardian, "Réinscription de Lucas validée");
            Assert.Contains("Le conservatoire a validé la réinscription de DUPONT Lucas pour l'année 2026-2027.", mail.Text, StringComparison.Ordinal);
            Assert.Contains($"Cours 2026-2027 : Formation musicale : {RequestData.Slot33Label}.", mail.Text, StringComparison.Ordinal);
            Assert.Contains("Droit à l'image : Non. Autorisation de sortie : Non.", mail.Text, StringComparison.Ordinal);
        }

        Assert.StartsWith("Bonjour Monsieur Laurent DUPONT,", (await App.WaitForSubjectAsync("laurent.dupont@example.org", "Réinscription de Lucas validée")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task After_a_decision_staff_go_on_to_the_oldest_request_still_to_decide_until_none_is_left()
    {
        var demo = await App.SeedDemoAsync();
        var lucas = await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted);
        var zoe = await App.AddRequestAsync(await App.AddMeudonStudentAsync("lefevre1", "Lefèvre", "Zoé"), RequestStage.Submitted);
        await App.AddRequestAsync(await App.AddMeudonStudentAsync("roux1", "Roux", "Inès"), RequestStage.Validated);
        await App.WithDbAsync(db => db.ReenrollmentRequests.Where(r => r.Id == zoe)
            .ExecuteUpdateAsync(r => r.SetProperty(x => x.SubmittedAt, RequestData.SubmittedAt.AddHours(-1))));
        using var staff = await App.SignInMeudonSecretariatAsync();

        var first = await staff.GetPageAsync($"/Admin/Demandes/Detail/{lucas}");
        (await staff.SubmitAsync(first, $"/Admin/Demandes/Detail/{lucas}", new Dictionary<string, string>(), "#valider")).Dispose();
        var afterLucas = await staff.GetPageAsync($"/Admin/Demandes/Detail/{lucas}");
        (await staff.SubmitAsync($"/Admin/Demandes/Detail/{zoe}", new Dictionary<string, string>(), "#valider")).Dispose();
        var afterZoe = await staff.GetPageAsync($"/Admin/Demandes/Detail/{zoe}");

        Assert.Equal($"/Admin/Demandes/Detail/{zoe}", first.QuerySelector("a#suivante")!.GetAttribute("href"));
        Assert.Equal($"/Admin/Demandes/Detail/{zoe}", afterLucas.QuerySelector("a#suivante")!.GetAttribute("href"));
        Assert.Null(afterZoe.QuerySelector("a#suivante"));
        Assert.Equal("Plus aucune demande transmise à examiner dans cette campagne.", afterZoe.TextOf("#suivante"));
    }

    [Fact]
    public async Task Two_staff_members_validating_at_once_take_turns_and_the_family_is_told_once()
    {
        var (_, id) = await LucasSentAsync();
        using var first = await App.SignInMeudonSecretariatAsync();
        using var second = await App.SignInMeudonSecretariatAsync();
        var url = $"/Admin/Demandes/Detail/{id}";
        var (page1, page2) = (await first.GetPageAsync(url), await second.GetPageAsync(url));

        var responses = await Task.WhenAll(
            first.SubmitAsync(page1, url, new Dictionary<string, string>(), "#valider"),
            second.SubmitAsync(page2, url, new Dictionary<string, string>(), "#valider"));
        var messages = new[] { (await first.GetPageAsync(url)).TextOf("#confirmation"), (await second.GetPageAsync(url)).TextOf("#confirmation") };

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        Assert.Contains("Demande validée : la fiche de l'élève est à jour et la famille en est informée par e-mail.", messages);
        Assert.Contains("Cette demande n'est pas à valider : elle a déjà été traitée ou n'a pas été transmise.", messages);
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
        Assert.Equal(2, await App.WithDbAsync(db => db.Outbox.CountAsync(m => m.Subject == "Réinscription de Lucas validée")));
        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task A_draft_offers_no_validation_and_a_forged_one_changes_nothing()
    {
        var demo = await App.SeedDemoAsync();
        var id = await App.AddRequestAsync(demo.Lucas, RequestStage.Draft, answers: r => r.ImageRights = false);
        using var staff = await App.SignInMeudonSecretariatAsync();
        var page = await staff.GetPageAsync($"/Admin/Demandes/Detail/{id}");

        using var forged = await staff.PostWithTokenAsync(page, $"/Admin/Demandes/Detail/{id}?handler=Valider", new Dictionary<string, string>());

        Assert.Null(page.QuerySelector("#valider"));
        Assert.Null(page.QuerySelector("#refuser"));
        Assert.Equal("La famille n'a pas encore transmis cette demande.", page.TextOf("#actions p"));
        Assert.Equal(HttpStatusCode.Redirect, forged.StatusCode);
        Assert.Equal(RequestStatus.Draft, await App.WithDbAsync(db => db.ReenrollmentRequests.Select(r => r.Status).SingleAsync()));
        Assert.Equal(true, await App.WithDbAsync(db => db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.ImageRights).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }
}
