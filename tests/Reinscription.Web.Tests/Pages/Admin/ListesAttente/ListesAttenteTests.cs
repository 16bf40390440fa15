using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.ListesAttente;

public class ListesAttenteTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Staff_see_each_list_with_its_families_in_order_and_each_offer_state()
    {
        var (season, slot, families) = await ThreeFamiliesWaitingAsync();
        using var staff = await season.SignInStaffAsync();
        (await staff.SubmitAsync($"/Admin/ListesAttente/Cours/{slot}", new Dictionary<string, string> { ["Input.Capacity"] = "2" }, "#capacite")).Dispose();

        var index = await staff.GetPageAsync("/Admin/ListesAttente");
        var page = await staff.GetPageAsync($"/Admin/ListesAttente/Cours/{slot}");

        Assert.Equal([["Meudon", "FM 2.2 (32) - MERCREDI - 17.00 à 18.30", "1 / 2", "2", "1", "Voir la liste"]], index.RowsOf("#listes"));
        var rows = page.RowsOf("#file");
        Assert.Equal(
            [("1", "LEFEBVRE Élève famille0", "place proposée"), ("2", "LEFEBVRE Élève famille1", "en attente"), ("3", "LEFEBVRE Élève famille2", "en attente")],
            rows.Select(r => (r[0], r[1], r[4])));
        Assert.NotEqual("", rows[0][5]);
        Assert.Equal("Places prises : 1 · proposées : 1 · capacité : 2", page.TextOf("#places"));
        await App.Mail.WaitForMailAsync(families[0].Email, "Une place se libère");
        Assert.Equal("Capacité de FM 2.2 (32) : 2 places ; 1 place(s) proposée(s) à la liste d'attente.", page.TextOf("#confirmation"));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Staff_move_a_family_up_the_list_and_the_seats_freed_go_in_the_new_order()
    {
        var (season, slot, families) = await ThreeFamiliesWaitingAsync();
        using var staff = await season.SignInStaffAsync();
        var url = $"/Admin/ListesAttente/Cours/{slot}";
        var page = await staff.GetPageAsync(url);

        (await staff.SubmitAsync(page, url, new Dictionary<string, string>(), "#file tbody tr:nth-child(3) form[action*='handler=Monter']")).Dispose();
        var after = await staff.GetPageAsync(url);
        (await staff.SubmitAsync(after, url, new Dictionary<string, string> { ["Input.Capacity"] = "3" }, "#capacite")).Dispose();

        Assert.Equal("LEFEBVRE Élève famille2 est désormais en position 2.", after.TextOf("#confirmation"));
        Assert.Equal(["LEFEBVRE Élève famille0", "LEFEBVRE Élève famille2", "LEFEBVRE Élève famille1"], after.RowsOf("#file").Select(r => r[1]));
        await App.Mail.WaitForMailAsync(families[2].Email, "Une place se libère");
        Assert.Equal(
            [WaitlistStatus.Offered, WaitlistStatus.Offered, WaitlistStatus.Waiting],
            (await season.EntriesAsync(slot)).Select(e => e.Status));
        Assert.DoesNotContain(await App.Mail.MessagesAsync(), m => m.IsTo(families[1].Email));
        var audit = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "waitlist.reordered"));
        Assert.Equal("LEFEBVRE Élève famille2 passe de la position 3 à la position 2 sur la liste de FM 2.2 (32).", audit.Summary);
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task A_capacity_under_the_seats_in_use_is_refused_and_nothing_changes()
    {
        var (season, slot, _) = await ThreeFamiliesWaitingAsync();
        using var staff = await season.SignInStaffAsync();

        using var response = await staff.SubmitAsync($"/Admin/ListesAttente/Cours/{slot}", new Dictionary<string, string> { ["Input.Capacity"] = "0" }, "#capacite");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Le cours FM 2.2 (32) a déjà 1 places prises ou proposées : la capacité ne peut descendre en dessous.",
            (await HtmlClient.ParseAsync(response)).TextOf("[data-valmsg-for='Input.Capacity']"));
        Assert.Equal(1, (await season.CourseAsync(slot)).Capacity);
    }

    [Fact]
    public async Task Staff_of_another_site_get_404()
    {
        var (season, slot, _) = await ThreeFamiliesWaitingAsync();
        var entry = (await season.EntriesAsync(slot))[1].Id;
        var elsewhere = await SeatScenario.CreateAsync(App, "Sèvres");
        using var stranger = await elsewhere.SignInStaffAsync("secretariat.sevres@example.org");
        var own = await stranger.GetPageAsync("/Admin/ListesAttente");

        await stranger.GetPageAsync($"/Admin/ListesAttente/Cours/{slot}", HttpStatusCode.NotFound);
        using var capacity = await stranger.PostWithTokenAsync(own, $"/Admin/ListesAttente/Cours/{slot}?handler=Capacite", new Dictionary<string, string> { ["Input.Capacity"] = "9" });
        using var up = await stranger.PostWithTokenAsync(own, $"/Admin/ListesAttente/Cours/{slot}?handler=Monter&entryId={entry}", new Dictionary<string, string>());

        Assert.Equal((HttpStatusCode.NotFound, HttpStatusCode.NotFound), (capacity.StatusCode, up.StatusCode));
        Assert.Equal("Aucune famille n'attend de place sur vos sites.", own.TextOf("#aucune"));
        Assert.Equal(1, (await season.CourseAsync(slot)).Capacity);
    }

    /// <summary>"FM 2.2 (32)" with one seat, held; three families waiting for it, in the order they were added.</summary>
    private async Task<(SeatScenario Season, int Slot, List<ScenarioStudent> Families)> ThreeFamiliesWaitingAsync()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        await season.AddSubmittedAsync(await season.AddFamilyAsync("titulaire"), slot);
        var families = new List<ScenarioStudent>();
        for (var i = 0; i < 3; i++)
        {
            var family = await season.AddFamilyAsync($"famille{i}");
            await season.AddSubmittedAsync(family, null, waitlistId: slot);
            families.Add(family);
        }

        return (season, slot, families);
    }
}
