using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>A family that chose a full slot's waiting list sees its place in line at validation, in the mail and on the tab.</summary>
public class WaitlistTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Validating_with_a_waiting_list_wish_gives_a_place_in_line_shown_everywhere_the_family_looks()
    {
        var season = await SeatScenario.CreateAsync(App);
        var open = await season.AddSlotAsync("FM 2.2 (33)", 10);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        await season.AddSubmittedAsync(await season.AddFamilyAsync("premier"), full);
        await season.AddSubmittedAsync(await season.AddFamilyAsync("deuxieme"), open, waitlistId: full);
        var student = await season.AddFamilyAsync("famille01");
        await season.AddDraftAsync(student, step: 5, slotId: open, waitlistId: full);
        using var client = await season.SignInAsync(student);

        using var response = await client.SubmitAsync($"/Reinscription/Recapitulatif/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.AcceptsTerms"] = "true",
        });

        Assert.Equal($"/Reinscription/Finalisation/{student.StudentId}", response.Headers.Location?.OriginalString);
        var done = await client.GetPageAsync($"/Reinscription/Finalisation/{student.StudentId}");
        Assert.Contains("FM 2.2 (32) - MERCREDI - 17.00 à 18.30 — 2e position sur la liste d'attente", done.TextOf("#listes-attente"));
        var mail = await App.Mail.WaitForMailToAsync(student.Email);
        Assert.Contains("Liste d'attente : FM 2.2 (32) - MERCREDI - 17.00 à 18.30 — 2e position sur la liste d'attente", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Formation musicale : FM 2.2 (33) - JEUDI - 17.00 à 18.30", mail.Text, StringComparison.Ordinal);
        var tab = await client.GetPageAsync($"/Reinscription/{student.StudentId}");
        Assert.Contains("Liste d'attente : FM 2.2 (32) - MERCREDI - 17.00 à 18.30 — 2e position sur la liste d'attente", tab.TextOf("#recap-cours-table"));
        Assert.Equal([open], await season.NextYearCoursesAsync(student));
        Assert.Equal(
            [WaitlistStatus.Waiting, WaitlistStatus.Waiting],
            (await season.EntriesAsync(full)).Select(e => e.Status));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task A_waiting_list_wish_whose_slot_has_a_seat_again_gets_the_seat_offered_at_once()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var student = await season.AddFamilyAsync("famille01");
        await season.AddDraftAsync(student, step: 5, slotId: null, waitlistId: slot);
        using var client = await season.SignInAsync(student);

        (await client.SubmitAsync($"/Reinscription/Recapitulatif/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.AcceptsTerms"] = "true",
        })).Dispose();

        var entry = Assert.Single(await season.EntriesAsync(slot));
        Assert.Equal(WaitlistStatus.Offered, entry.Status);
        Assert.Equal((0, 1), ((await season.CourseAsync(slot)).SeatsTaken, (await season.CourseAsync(slot)).SeatsOffered));
        var offer = await App.Mail.WaitForMailAsync(student.Email, "Une place se libère");
        Assert.Contains("Une place vient de se libérer en FM 2.2 (32) - MERCREDI - 17.00 à 18.30", offer.Text, StringComparison.Ordinal);
        Assert.Contains($"/Reinscription/Offre/{entry.Id}", offer.Text, StringComparison.Ordinal);
        await season.AssertSeatsConsistentAsync();
    }
}
