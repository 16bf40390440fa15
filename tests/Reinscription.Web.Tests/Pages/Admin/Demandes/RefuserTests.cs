using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

public class RefuserTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Refusing_releases_the_seat_and_offers_it_to_the_first_waiting_family()
    {
        var season = await SeatScenario.CreateAsync(App);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var holder = await season.AddFamilyAsync("premier", secondGuardianEmail: "marc.premier@example.org");
        var requestId = await season.AddSubmittedAsync(holder, full);
        var waiting = await season.AddFamilyAsync("deuxieme");
        await season.AddSubmittedAsync(waiting, null, waitlistId: full);
        var after = await season.AddFamilyAsync("troisieme");
        await season.AddSubmittedAsync(after, null, waitlistId: full);
        using var staff = await season.SignInStaffAsync();
        var page = await staff.GetPageAsync($"/Admin/Demandes/Refuser/{requestId}");
        Assert.Equal("FM 2.2 (32) - MERCREDI - 17.00 à 18.30", page.TextOf("#places"));

        using var response = await staff.SubmitAsync(page, $"/Admin/Demandes/Refuser/{requestId}", new Dictionary<string, string>
        {
            ["Input.Reason"] = "Dossier incomplet après relance",
        });

        Assert.Equal($"/Admin/Demandes/Refuser/{requestId}", response.Headers.Location?.OriginalString);
        var done = await staff.GetPageAsync($"/Admin/Demandes/Refuser/{requestId}");
        Assert.Equal("Demande de LEFEBVRE Élève premier refusée ; la famille en est informée par e-mail.", done.TextOf("#confirmation"));
        Assert.Equal("refusée", done.TextOf("#statut"));
        var offer = await App.Mail.WaitForMailAsync(waiting.Email, "Une place se libère");
        Assert.Contains("Elle lui est réservée jusqu'au", offer.Text, StringComparison.Ordinal);
        Assert.Contains("/Reinscription/Offre/", offer.Text, StringComparison.Ordinal);
        foreach (var guardian in new[] { holder.Email, "marc.premier@example.org" })
        {
            var refusal = await App.Mail.WaitForMailAsync(guardian, "Demande de réinscription de");
            Assert.Contains("Motif : Dossier incomplet après relance", refusal.Text, StringComparison.Ordinal);
        }

        Assert.Empty(await season.NextYearCoursesAsync(holder));
        var course = await season.CourseAsync(full);
        Assert.Equal((0, 1), (course.SeatsTaken, course.SeatsOffered));
        Assert.Equal([WaitlistStatus.Offered, WaitlistStatus.Waiting], (await season.EntriesAsync(full)).Select(e => e.Status));
        Assert.DoesNotContain((await App.Mail.MessagesAsync()), m => m.IsTo(after.Email));
        var audit = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "request.refused"));
        Assert.Equal((requestId.ToString(System.Globalization.CultureInfo.InvariantCulture), "Demande de réinscription de LEFEBVRE Élève premier refusée."), (audit.RecordId, audit.Summary));
        Assert.Contains(audit.Changes, c => c is { Field: "Motif", After: "Dossier incomplet après relance" });
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Refusing_a_family_that_waits_withdraws_it_from_the_list_and_passes_its_offer_on()
    {
        var season = await SeatScenario.CreateAsync(App);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var holderRequest = await season.AddSubmittedAsync(await season.AddFamilyAsync("premier"), full);
        var waitingRequest = await season.AddSubmittedAsync(await season.AddFamilyAsync("deuxieme"), null, waitlistId: full);
        var next = await season.AddFamilyAsync("troisieme");
        await season.AddSubmittedAsync(next, null, waitlistId: full);
        using var staff = await season.SignInStaffAsync();
        (await staff.SubmitAsync($"/Admin/Demandes/Refuser/{holderRequest}", new Dictionary<string, string> { ["Input.Reason"] = "Déménagement" })).Dispose();

        (await staff.SubmitAsync($"/Admin/Demandes/Refuser/{waitingRequest}", new Dictionary<string, string> { ["Input.Reason"] = "Hors secteur" })).Dispose();

        await App.Mail.WaitForMailAsync(next.Email, "Une place se libère");
        Assert.Equal([WaitlistStatus.Withdrawn, WaitlistStatus.Offered], (await season.EntriesAsync(full)).Select(e => e.Status));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task A_refusal_without_a_reason_is_asked_for_one_and_changes_nothing()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var requestId = await season.AddSubmittedAsync(await season.AddFamilyAsync("famille01"), slot);
        using var staff = await season.SignInStaffAsync();

        using var response = await staff.SubmitAsync($"/Admin/Demandes/Refuser/{requestId}", new Dictionary<string, string> { ["Input.Reason"] = " " });

        var page = await HtmlClient.ParseAsync(response);
        Assert.Equal("Indiquez le motif du refus : il est envoyé à la famille.", page.TextOf("[data-valmsg-for='Input.Reason']"));
        Assert.Equal(RequestStatus.Submitted, (await season.RequestAsync(requestId)).Status);
        Assert.Equal(1, (await season.CourseAsync(slot)).SeatsTaken);
    }

    [Fact]
    public async Task Staff_of_another_site_get_404()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var requestId = await season.AddSubmittedAsync(await season.AddFamilyAsync("famille01"), slot);
        var elsewhere = await SeatScenario.CreateAsync(App, "Sèvres");
        using var stranger = await elsewhere.SignInStaffAsync("secretariat.sevres@example.org");
        var ownPage = await stranger.GetPageAsync("/Admin/ListesAttente");

        await stranger.GetPageAsync($"/Admin/Demandes/Refuser/{requestId}", HttpStatusCode.NotFound);
        using var forged = await stranger.PostWithTokenAsync(ownPage, $"/Admin/Demandes/Refuser/{requestId}", new Dictionary<string, string> { ["Input.Reason"] = "Non" });

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(RequestStatus.Submitted, (await season.RequestAsync(requestId)).Status);
    }
}
