using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>A family that gives up a re-enrolment it sent frees its seat, which goes to the first family waiting for it.</summary>
public class RenoncerTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Giving_up_a_sent_request_frees_its_seat_for_the_first_waiting_family()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var holder = await season.AddFamilyAsync("premier");
        var requestId = await season.AddSubmittedAsync(holder, slot);
        var waiting = await season.AddFamilyAsync("deuxieme");
        await season.AddSubmittedAsync(waiting, null, waitlistId: slot);
        using var parent = await season.SignInAsync(holder);
        var tab = await parent.GetPageAsync($"/Reinscription/{holder.StudentId}");

        using var response = await parent.SubmitAsync(tab, $"/Reinscription/{holder.StudentId}", new Dictionary<string, string>(), "#renoncer");

        Assert.Equal($"/Reinscription/{holder.StudentId}", response.Headers.Location?.OriginalString);
        var after = await parent.GetPageAsync($"/Reinscription/{holder.StudentId}");
        Assert.StartsWith("Vous avez renoncé à la réinscription de LEFEBVRE Élève premier : ses places sont libérées.", after.TextOf("#confirmation"), StringComparison.Ordinal);
        Assert.Contains("ne sera pas réinscrit(e)", after.TextOf("#etat"));
        await App.Mail.WaitForMailAsync(waiting.Email, "Une place se libère");
        await App.Mail.WaitForMailAsync(holder.Email, "Renonciation à la réinscription");
        var request = await season.RequestAsync(requestId);
        Assert.Equal((RequestStatus.Submitted, ReenrollmentWish.DoNotReenrol), (request.Status, request.Wish));
        Assert.Empty(await season.NextYearCoursesAsync(holder));
        Assert.Equal([WaitlistStatus.Offered], (await season.EntriesAsync(slot)).Select(e => e.Status));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Another_family_cannot_give_up_a_request_not_theirs()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var holder = await season.AddFamilyAsync("premier");
        var requestId = await season.AddSubmittedAsync(holder, slot);
        var other = await season.AddFamilyAsync("autre");
        using var stranger = await season.SignInAsync(other);
        var ownTab = await stranger.GetPageAsync($"/Reinscription/{other.StudentId}");

        using var forged = await stranger.PostWithTokenAsync(ownTab, $"/Reinscription/{holder.StudentId}?handler=Renoncer", new Dictionary<string, string>());

        Assert.Equal(System.Net.HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(ReenrollmentWish.Reenrol, (await season.RequestAsync(requestId)).Wish);
        Assert.Equal(1, (await season.CourseAsync(slot)).SeatsTaken);
    }
}
