using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>
/// Staff moves, parents' validations and waiting-list acceptances all at once on a 5-seat slot: every path goes
/// through the one seat mechanism, the slot never holds more than 5, and what each person is told is what the
/// database holds.
/// </summary>
public class SeatContentionTests(AppFixture app) : AppTest(app)
{
    private const int Seats = 5;
    private const int Offers = 2;
    private const int Validations = 8;
    private const int Moves = 10;

    [Fact]
    public async Task Twenty_concurrent_moves_validations_and_acceptances_never_exceed_five_seats()
    {
        var season = await SeatScenario.CreateAsync(App);
        var contested = await season.AddSlotAsync("FM 2.2 (32)", 0, DayOfWeek.Wednesday);
        var fallback = await season.AddSlotAsync("FM 2.2 (33)", 40);
        var offered = new List<ScenarioStudent>();
        for (var i = 0; i < Offers; i++)
        {
            var student = await season.AddFamilyAsync($"attente{i}");
            await season.AddSubmittedAsync(student, fallback, waitlistId: contested);
            offered.Add(student);
        }

        using var staff = await season.SignInStaffAsync();
        (await staff.SubmitAsync($"/Admin/ListesAttente/Cours/{contested}", new Dictionary<string, string>
        {
            ["Input.Capacity"] = Seats.ToString(CultureInfo.InvariantCulture),
        }, "#capacite")).Dispose();
        Assert.Equal(Offers, (await season.CourseAsync(contested)).SeatsOffered);

        var moved = new List<(int RequestId, AngleSharp.Html.Dom.IHtmlDocument Page)>();
        for (var i = 0; i < Moves; i++)
        {
            var requestId = await season.AddSubmittedAsync(await season.AddFamilyAsync($"deplace{i}"), fallback);
            moved.Add((requestId, await staff.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}")));
        }

        var validating = new List<(HttpClient Client, ScenarioStudent Student, AngleSharp.Html.Dom.IHtmlDocument Page)>();
        for (var i = 0; i < Validations; i++)
        {
            var student = await season.AddFamilyAsync($"valide{i}");
            await season.AddDraftAsync(student, step: 5, slotId: contested);
            var client = await season.SignInAsync(student);
            validating.Add((client, student, await client.GetPageAsync($"/Reinscription/Recapitulatif/{student.StudentId}")));
        }

        var accepting = new List<(HttpClient Client, ScenarioStudent Student, int EntryId, AngleSharp.Html.Dom.IHtmlDocument Page)>();
        foreach (var student in offered)
        {
            var entryId = await App.WithDbAsync(db => db.WaitlistEntries.Where(e => e.Request!.StudentId == student.StudentId).Select(e => e.Id).SingleAsync());
            var client = await season.SignInAsync(student);
            accepting.Add((client, student, entryId, await client.GetPageAsync($"/Reinscription/Offre/{entryId}")));
        }

        var moveTasks = moved.Select(m => staff.SubmitAsync(m.Page, $"/Admin/Demandes/Modifier/{m.RequestId}", new Dictionary<string, string>
        {
            ["Move.CourseId"] = contested.ToString(CultureInfo.InvariantCulture),
        }, "form.deplacer")).ToList();
        var validationTasks = validating.Select(v => v.Client.SubmitAsync(v.Page, $"/Reinscription/Recapitulatif/{v.Student.StudentId}", new Dictionary<string, string>
        {
            ["Input.AcceptsTerms"] = "true",
        })).ToList();
        var acceptanceTasks = accepting.Select(a => a.Client.SubmitAsync(a.Page, $"/Reinscription/Offre/{a.EntryId}", new Dictionary<string, string>(), "form[action*='handler=Accepter']")).ToList();
        var moveAnswers = await Task.WhenAll(moveTasks);
        var validationAnswers = await Task.WhenAll(validationTasks);
        var acceptanceAnswers = await Task.WhenAll(acceptanceTasks);

        var movedIn = 0;
        for (var i = 0; i < Moves; i++)
        {
            var line = Assert.Single((await season.RequestAsync(moved[i].RequestId)).Choices);
            if (moveAnswers[i].StatusCode == HttpStatusCode.Redirect)
            {
                movedIn++;
                Assert.Equal(contested, line.ChosenCourseId);
            }
            else
            {
                var page = await HtmlClient.ParseAsync(moveAnswers[i]);
                Assert.StartsWith("Le cours FM 2.2 (32) - MERCREDI - 17.00 à 18.30 est complet", page.TextOf("[data-valmsg-for='Move.CourseId']"), StringComparison.Ordinal);
                Assert.Equal(fallback, line.ChosenCourseId);
            }
        }

        var validated = 0;
        for (var i = 0; i < Validations; i++)
        {
            var (_, student, _) = validating[i];
            var location = validationAnswers[i].Headers.Location?.OriginalString;
            var request = await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.StudentId == student.StudentId));
            if (location == $"/Reinscription/Finalisation/{student.StudentId}")
            {
                validated++;
                Assert.Equal(RequestStatus.Submitted, request.Status);
                Assert.Equal([contested], await season.NextYearCoursesAsync(student));
            }
            else
            {
                Assert.Equal($"/Reinscription/Cours/{student.StudentId}", location);
                Assert.Equal(RequestStatus.Draft, request.Status);
                Assert.Empty(await season.NextYearCoursesAsync(student));
            }
        }

        for (var i = 0; i < Offers; i++)
        {
            var (client, student, _, _) = accepting[i];
            Assert.Equal($"/Reinscription/{student.StudentId}", acceptanceAnswers[i].Headers.Location?.OriginalString);
            var tab = await client.GetPageAsync($"/Reinscription/{student.StudentId}");
            Assert.StartsWith("La place en FM 2.2 (32) - MERCREDI - 17.00 à 18.30 est attribuée", tab.TextOf("#confirmation"), StringComparison.Ordinal);
            Assert.Equal([contested], await season.NextYearCoursesAsync(student));
        }

        var slot = await season.CourseAsync(contested);
        Assert.Equal((Seats, 0), (slot.SeatsTaken, slot.SeatsOffered));
        Assert.Equal(Seats - Offers, movedIn + validated);
        Assert.Equal(Seats, await App.WithDbAsync(db => db.Enrollments.CountAsync(e => e.CourseId == contested)));
        await season.AssertSeatsConsistentAsync();

        foreach (var answer in moveAnswers.Concat(validationAnswers).Concat(acceptanceAnswers))
        {
            answer.Dispose();
        }

        foreach (var client in validating.Select(v => v.Client).Concat(accepting.Select(a => a.Client)))
        {
            client.Dispose();
        }
    }
}
