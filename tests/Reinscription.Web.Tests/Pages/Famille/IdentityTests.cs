using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Famille;

public class IdentityTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_identity_tab_shows_both_guardians_of_the_demo_family()
    {
        var (client, _) = await DemoParentAsync();

        var page = await client.GetPageAsync("/Famille");

        Assert.Equal("Famille dupont1", page.TextOf("main h1"));
        Assert.Equal("Claire", page.QuerySelector("#Input_Guardian1_FirstName")!.GetAttribute("value"));
        Assert.Equal("12 rue de la République", page.QuerySelector("#Input_Guardian1_Address")!.GetAttribute("value"));
        Assert.Equal("06 12 34 56 78", page.QuerySelector("#Input_Guardian1_MobilePhone")!.GetAttribute("value"));
        Assert.Equal("1981-04-17", page.QuerySelector("#Input_Guardian1_BirthDate")!.GetAttribute("value"));
        Assert.Equal("Laurent", page.QuerySelector("#Input_Guardian2_FirstName")!.GetAttribute("value"));
        Assert.NotNull(page.QuerySelector("#Input_Guardian1_Civility_Madame[checked]"));
        Assert.Null(page.QuerySelector("#attente-1"));
    }

    [Fact]
    public async Task An_edit_waits_for_staff_leaves_the_record_as_it_was_and_sends_an_acknowledgement()
    {
        var (client, familyId) = await DemoParentAsync();

        using var saved = await client.SubmitAsync("/Famille", new Dictionary<string, string>
        {
            ["Input.Guardian1.Address"] = "3 rue Banès",
            ["Input.Guardian1.MobilePhone"] = "06 99 88 77 66",
        });
        var page = await client.GetPageAsync("/Famille");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.StartsWith("Éléments modifiés — Fiche en attente de validation", page.TextOf("#confirmation"), StringComparison.Ordinal);
        Assert.Equal("✓ Éléments modifiés — Fiche en attente de validation", page.TextOf("#attente-1"));
        Assert.Equal("3 rue Banès", page.QuerySelector("#Input_Guardian1_Address")!.GetAttribute("value"));
        Assert.Null(page.QuerySelector("#attente-2"));
        var record = await App.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Guardian1.Address).SingleAsync());
        Assert.Equal("12 rue de la République", record);
        var change = await App.WithDbAsync(db => db.PendingChanges.SingleAsync());
        Assert.Equal(ChangeSubject.Guardian1, change.Subject);
        Assert.Contains("3 rue Banès", change.ProposedValuesJson, StringComparison.Ordinal);
        var mail = await App.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Modification de vos coordonnées enregistrée", mail.Subject);
        Assert.Contains("responsable légal 1", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_second_edit_revises_the_pending_change_instead_of_adding_one()
    {
        var (client, _) = await DemoParentAsync();

        (await client.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Clamart" })).Dispose();
        (await client.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Issy-les-Moulineaux" })).Dispose();

        var change = await App.WithDbAsync(db => db.PendingChanges.SingleAsync());
        Assert.Contains("Issy-les-Moulineaux", change.ProposedValuesJson, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_values_are_refused_next_to_their_field_keep_what_was_typed_and_record_nothing()
    {
        var (client, _) = await DemoParentAsync();

        using var response = await client.SubmitAsync("/Famille", new Dictionary<string, string>
        {
            ["Input.Guardian1.PostalCode"] = "9219",
            ["Input.Guardian1.MobilePhone"] = "06 12 34",
            ["Input.Guardian1.Email"] = "claire.dupont",
            ["Input.Guardian1.BirthDate"] = "2099-01-01",
            ["Input.Guardian1.LastName"] = "",
        });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("Le code postal doit comporter 5 chiffres, par exemple 92190.", page.TextOf("[data-valmsg-for='Input.Guardian1.PostalCode']"));
        Assert.Equal("Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96.", page.TextOf("[data-valmsg-for='Input.Guardian1.MobilePhone']"));
        Assert.Equal("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.", page.TextOf("[data-valmsg-for='Input.Guardian1.Email']"));
        Assert.Equal("La date de naissance doit être une date passée.", page.TextOf("[data-valmsg-for='Input.Guardian1.BirthDate']"));
        Assert.Equal("Saisissez le nom.", page.TextOf("[data-valmsg-for='Input.Guardian1.LastName']"));
        Assert.Equal("9219", page.QuerySelector("#Input_Guardian1_PostalCode")!.GetAttribute("value"));
        Assert.Equal("claire.dupont", page.QuerySelector("#Input_Guardian1_Email")!.GetAttribute("value"));
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingChanges.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Outbox.CountAsync()));
    }

    [Fact]
    public async Task Staff_of_the_site_accept_the_change_which_is_then_applied_and_mailed()
    {
        var (client, familyId) = await DemoParentAsync();
        (await client.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Address"] = "3 rue Banès" })).Dispose();
        var changeId = await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Id).SingleAsync());
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword)).Dispose();

        var list = await staff.GetPageAsync("/Admin/Modifications");
        var detail = await staff.GetPageAsync($"/Admin/Modifications/Detail/{changeId}");
        var changedRow = Assert.Single(detail.QuerySelectorAll("#comparaison tr.changed"));
        using var accepted = await staff.SubmitAsync(detail, $"/Admin/Modifications/Detail/{changeId}", new Dictionary<string, string>(),
            "form[action$='handler=Accepter']");

        Assert.Contains("dupont1", list.TextOf("#modifications tbody"));
        Assert.Contains("Responsable légal 1", list.TextOf("#modifications tbody"));
        Assert.Equal("Adresse (modifié) 12 rue de la République 3 rue Banès", string.Join(' ', changedRow.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        Assert.Equal(HttpStatusCode.Redirect, accepted.StatusCode);
        Assert.Equal("3 rue Banès", await App.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Guardian1.Address).SingleAsync()));
        Assert.Equal(ChangeStatus.Accepted, await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Status).SingleAsync()));
        Assert.Null((await client.GetPageAsync("/Famille")).QuerySelector("#attente-1"));
        await WaitForSubjectAsync("dupont@example.org", "Modification de fiche acceptée");
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_which_is_mailed_to_the_family()
    {
        var (client, familyId) = await DemoParentAsync();
        (await client.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.LastName"] = "Durand" })).Dispose();
        var changeId = await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Id).SingleAsync());
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword)).Dispose();
        var url = $"/Admin/Modifications/Detail/{changeId}";

        using var withoutReason = await staff.SubmitAsync(url, new Dictionary<string, string>(), "form[action$='handler=Refuser']");
        using var refused = await staff.SubmitAsync(url, new Dictionary<string, string>
        {
            ["Input.Reason"] = "Merci de joindre l'acte de mariage pour un changement de nom.",
        }, "form[action$='handler=Refuser']");

        Assert.Equal("Indiquez le motif du refus : il est envoyé à la famille.",
            (await HtmlClient.ParseAsync(withoutReason)).TextOf("[data-valmsg-for='Input.Reason']"));
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("Dupont", await App.WithDbAsync(db => db.Families.Where(f => f.Id == familyId).Select(f => f.Guardian1.LastName).SingleAsync()));
        var mail = await WaitForSubjectAsync("dupont@example.org", "Modification de fiche refusée");
        Assert.Contains("Motif : Merci de joindre l'acte de mariage pour un changement de nom.", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_site_neither_list_nor_open_the_change()
    {
        var (client, _) = await DemoParentAsync();
        (await client.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Clamart" })).Dispose();
        var changeId = await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Id).SingleAsync());
        // The demo's Sèvres secretariat.
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("secretariat.sevres@example.org", "Personnel2026")).Dispose();

        var list = await staff.GetPageAsync("/Admin/Modifications");
        await staff.GetPageAsync($"/Admin/Modifications/Detail/{changeId}", HttpStatusCode.NotFound);
        using var forced = await staff.PostWithoutTokenAsync($"/Admin/Modifications/Detail/{changeId}?handler=Accepter", new Dictionary<string, string>());

        Assert.Equal("Aucune modification en attente sur vos sites.", list.TextOf("#aucune"));
        Assert.Equal(ChangeStatus.Pending, await App.WithDbAsync(db => db.PendingChanges.Select(c => c.Status).SingleAsync()));
    }

    private async Task<CaughtMail> WaitForSubjectAsync(string recipient, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            var mail = (await App.Mail.MessagesAsync()).FirstOrDefault(m => m.IsTo(recipient) && m.Subject == subject);
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail « {subject} » reached {recipient}.");
    }

    private async Task<(HttpClient Client, int FamilyId)> DemoParentAsync()
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var meudon = await App.WithDbAsync(db => db.Sites.SingleAsync(s => s.Name == "Meudon"));
        var familyId = await App.WithDbAsync(db => db.Families.Where(f => f.SiteId == meudon.Id && f.Identifier == "dupont1").Select(f => f.Id).SingleAsync());
        var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(meudon, "dupont1", DemoSeeder.ParentPassword)).Dispose();
        return (client, familyId);
    }
}
