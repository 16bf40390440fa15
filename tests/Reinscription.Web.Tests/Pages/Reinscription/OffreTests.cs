using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>
/// A seat freed in a full slot is offered to the first family in line: it accepts from the e-mail's link after
/// login (the seat is its own, its former slot freed), declines, or lets the deadline pass; then the next family's turn.
/// </summary>
public class OffreTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Accepting_an_offer_takes_the_seat_and_moves_the_family_off_the_list()
    {
        var line = await TwoFamiliesInLineAsync();
        var entry = await line.OfferToFirstAsync();
        using var parent = App.Factory.CreateBrowser();

        using var toLogin = await parent.GetAsync(new Uri($"/Reinscription/Offre/{entry}", UriKind.Relative));
        Assert.StartsWith("/Connexion", toLogin.Headers.Location?.OriginalString, StringComparison.Ordinal);
        using var signedIn = await parent.SubmitAsync(toLogin.Headers.Location!.OriginalString, new Dictionary<string, string>
        {
            ["Input.SiteId"] = line.Season.Site.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Identifier"] = line.First.Identifier,
            ["Input.Password"] = SeatScenario.Password,
        });
        Assert.Equal($"/Reinscription/Offre/{entry}", signedIn.Headers.Location?.OriginalString);
        var offer = await parent.GetPageAsync($"/Reinscription/Offre/{entry}");
        Assert.StartsWith("Cette place est réservée à LEFEBVRE Élève deuxieme jusqu'au", offer.TextOf("#delai"), StringComparison.Ordinal);

        using var accepted = await parent.SubmitAsync(offer, $"/Reinscription/Offre/{entry}", new Dictionary<string, string>(), "form[action*='handler=Accepter']");

        Assert.Equal($"/Reinscription/{line.First.StudentId}", accepted.Headers.Location?.OriginalString);
        var tab = await parent.GetPageAsync($"/Reinscription/{line.First.StudentId}");
        Assert.Equal("La place en FM 2.2 (32) - MERCREDI - 17.00 à 18.30 est attribuée à LEFEBVRE Élève deuxieme. Un e-mail vous le confirme.", tab.TextOf("#confirmation"));
        Assert.Contains("FM 2.2 (32) - MERCREDI - 17.00 à 18.30", tab.TextOf("#recap-cours-table"));
        Assert.Equal([line.Full], await line.Season.NextYearCoursesAsync(line.First));
        var full = await line.Season.CourseAsync(line.Full);
        Assert.Equal((1, 0), (full.SeatsTaken, full.SeatsOffered));
        Assert.Equal(0, (await line.Season.CourseAsync(line.Open)).SeatsTaken);
        Assert.Equal([WaitlistStatus.Accepted, WaitlistStatus.Waiting], (await line.Season.EntriesAsync(line.Full)).Select(e => e.Status));
        var mail = await App.Mail.WaitForMailAsync(line.First.Email, "Place obtenue");
        Assert.Contains("Sa place en FM 2.2 (33) - JEUDI - 17.00 à 18.30 est libérée.", mail.Text, StringComparison.Ordinal);
        await line.Season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Declining_an_offer_passes_it_to_the_next_family()
    {
        var line = await TwoFamiliesInLineAsync();
        var entry = await line.OfferToFirstAsync();
        using var parent = await line.Season.SignInAsync(line.First);
        var offer = await parent.GetPageAsync($"/Reinscription/Offre/{entry}");

        (await parent.SubmitAsync(offer, $"/Reinscription/Offre/{entry}", new Dictionary<string, string>(), "form[action*='handler=Refuser']")).Dispose();

        var mail = await App.Mail.WaitForMailAsync(line.Second.Email, "Une place se libère");
        Assert.Contains("Elle lui est réservée jusqu'au", mail.Text, StringComparison.Ordinal);
        Assert.Equal([WaitlistStatus.Declined, WaitlistStatus.Offered], (await line.Season.EntriesAsync(line.Full)).Select(e => e.Status));
        Assert.Equal([line.Open], await line.Season.NextYearCoursesAsync(line.First));
        await line.Season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task An_expired_offer_passes_to_the_second_family()
    {
        var line = await TwoFamiliesInLineAsync();
        var entry = await line.OfferToFirstAsync();

        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "WaitlistEntries" SET "OfferExpiresAt" = now() - interval '1 minute' WHERE "Id" = {entry}"""));

        var offer = await App.Mail.WaitForMailAsync(line.Second.Email, "Une place se libère");
        Assert.Contains("Une place vient de se libérer en FM 2.2 (32) - MERCREDI - 17.00 à 18.30", offer.Text, StringComparison.Ordinal);
        var expired = await App.Mail.WaitForMailAsync(line.First.Email, "Proposition de place expirée");
        Assert.Contains("La place a été proposée à la famille suivante", expired.Text, StringComparison.Ordinal);
        Assert.Equal([WaitlistStatus.Expired, WaitlistStatus.Offered], (await line.Season.EntriesAsync(line.Full)).Select(e => e.Status));
        using var parent = await line.Season.SignInAsync(line.First);
        var late = await parent.GetPageAsync($"/Reinscription/Offre/{entry}");
        Assert.StartsWith("Le délai de réponse à cette proposition est dépassé", late.TextOf("#etat-proposition"), StringComparison.Ordinal);
        Assert.Empty(late.QuerySelectorAll("form[action*='handler=Accepter']"));
        await line.Season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Another_family_gets_404_on_an_offer_not_theirs()
    {
        var line = await TwoFamiliesInLineAsync();
        var entry = await line.OfferToFirstAsync();
        using var other = await line.Season.SignInAsync(line.Second);
        var ownTab = await other.GetPageAsync($"/Reinscription/{line.Second.StudentId}");

        await other.GetPageAsync($"/Reinscription/Offre/{entry}", HttpStatusCode.NotFound);
        using var forged = await other.PostWithTokenAsync(ownTab, $"/Reinscription/Offre/{entry}?handler=Accepter", new Dictionary<string, string>());

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(WaitlistStatus.Offered, (await line.Season.EntriesAsync(line.Full)).First().Status);
    }

    /// <summary>
    /// "FM 2.2 (32)" has one seat, held by "premier". "deuxieme" holds a seat in "FM 2.2 (33)" and waits for
    /// (32); "troisieme" waits for (32) with no seat.
    /// </summary>
    private async Task<WaitingLine> TwoFamiliesInLineAsync()
    {
        var season = await SeatScenario.CreateAsync(App);
        var open = await season.AddSlotAsync("FM 2.2 (33)", 10);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 1, DayOfWeek.Wednesday);
        var holder = await season.AddFamilyAsync("premier");
        var holderRequest = await season.AddSubmittedAsync(holder, full);
        var first = await season.AddFamilyAsync("deuxieme");
        await season.AddSubmittedAsync(first, open, waitlistId: full);
        var second = await season.AddFamilyAsync("troisieme");
        await season.AddSubmittedAsync(second, null, waitlistId: full);
        return new WaitingLine(App, season, open, full, holderRequest, first, second);
    }

    private sealed record WaitingLine(AppFixture App, SeatScenario Season, int Open, int Full, int HolderRequest, ScenarioStudent First, ScenarioStudent Second)
    {
        /// <summary>Staff refuse the holder's request: its seat goes to the first family in line. Returns that family's entry.</summary>
        public async Task<int> OfferToFirstAsync()
        {
            using var staff = await Season.SignInStaffAsync();
            (await staff.SubmitAsync($"/Admin/Demandes/Refuser/{HolderRequest}", new Dictionary<string, string>
            {
                ["Input.Reason"] = "Dossier incomplet",
            })).Dispose();
            await App.Mail.WaitForMailAsync(First.Email, "Une place se libère");
            return (await Season.EntriesAsync(Full)).Single(e => e.Status == WaitlistStatus.Offered).Id;
        }
    }
}
