using System.Net;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Cours;

/// <summary>A capacity raised on the offer's page frees seats like one raised on the waiting list's page.</summary>
public class CapacityRaiseTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Raising_a_full_slots_capacity_offers_the_new_seat_to_the_first_waiting_family_only()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        await season.AddSubmittedAsync(await season.AddFamilyAsync("titulaire"), slot);
        var first = await season.AddFamilyAsync("premiere");
        await season.AddSubmittedAsync(first, null, waitlistId: slot);
        var second = await season.AddFamilyAsync("seconde");
        await season.AddSubmittedAsync(second, null, waitlistId: slot);
        using var staff = await season.SignInStaffAsync();

        using var raised = await staff.SubmitAsync($"/Admin/Cours/Modifier/{slot}", new Dictionary<string, string> { ["Input.Capacity"] = "2" });

        Assert.Equal(HttpStatusCode.Redirect, raised.StatusCode);
        var course = await season.CourseAsync(slot);
        Assert.Equal((2, 1, 1), (course.Capacity, course.SeatsTaken, course.SeatsOffered));
        Assert.Equal([WaitlistStatus.Offered, WaitlistStatus.Waiting], (await season.EntriesAsync(slot)).Select(e => e.Status));
        await App.Mail.WaitForMailAsync(first.Email, "Une place se libère");
        Assert.DoesNotContain(await App.Mail.MessagesAsync(), m => m.IsTo(second.Email));
        await season.AssertSeatsConsistentAsync();
    }
}
