using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Modifications;

/// <summary>Staff decide on the identity edits families propose on /Famille and /Eleves/Identite.</summary>
public class DecisionTests(AppFixture app) : AppTest(app)
{
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
