using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>
/// A parent with two tabs: step 4 saved in one while step 5 validates in the other. Whichever wins, the request's
/// lines stay equal to the seats it holds and to next year's enrolments; the loser is told, never silently lost.
/// </summary>
public class StepRaceTests(AppFixture app) : AppTest(app)
{
    private const int Families = 12;

    [Fact]
    public async Task Step_four_racing_step_five_leaves_the_lines_equal_to_seats_and_enrolments()
    {
        var season = await SeatScenario.CreateAsync(App);
        var first = await season.AddSlotAsync("FM 2.2 (33)", Families);
        var second = await season.AddSlotAsync("FM 2.2 (34)", Families, DayOfWeek.Saturday);
        var parents = new List<(HttpClient Client, ScenarioStudent Student, AngleSharp.Html.Dom.IHtmlDocument Step4, AngleSharp.Html.Dom.IHtmlDocument Step5)>();
        for (var i = 0; i < Families; i++)
        {
            var student = await season.AddFamilyAsync($"famille{i:00}");
            await season.AddDraftAsync(student, step: 5, slotId: first);
            var client = await season.SignInAsync(student);
            parents.Add((client, student,
                await client.GetPageAsync($"/Reinscription/Cours/{student.StudentId}"),
                await client.GetPageAsync($"/Reinscription/Recapitulatif/{student.StudentId}")));
        }

        var races = parents.Select(async p =>
        {
            var step4 = p.Client.SubmitAsync(p.Step4, $"/Reinscription/Cours/{p.Student.StudentId}", new Dictionary<string, string>
            {
                ["Input.Lines[0].ChosenCourseId"] = second.ToString(CultureInfo.InvariantCulture),
            });
            var step5 = p.Client.SubmitAsync(p.Step5, $"/Reinscription/Recapitulatif/{p.Student.StudentId}", new Dictionary<string, string>
            {
                ["Input.AcceptsTerms"] = "true",
            });
            using var four = await step4;
            using var five = await step5;
            return (Four: four.Headers.Location?.OriginalString, Five: five.Headers.Location?.OriginalString);
        });
        var answers = await Task.WhenAll(races);

        for (var i = 0; i < Families; i++)
        {
            var (_, student, _, _) = parents[i];
            var request = await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.StudentId == student.StudentId));
            var line = Assert.Single(request.Choices);
            var enrolled = await season.NextYearCoursesAsync(student);
            if (request.Status == RequestStatus.Submitted)
            {
                Assert.Equal($"/Reinscription/Finalisation/{student.StudentId}", answers[i].Five);
                Assert.True(line.SeatTaken);
                Assert.Equal([line.ChosenCourseId!.Value], enrolled);
            }
            else
            {
                Assert.Equal($"/Reinscription/Recapitulatif/{student.StudentId}", answers[i].Five);
                Assert.Equal(second, line.ChosenCourseId);
                Assert.False(line.SeatTaken);
                Assert.Empty(enrolled);
            }
        }

        await season.AssertSeatsConsistentAsync();
        Assert.Equal(Families, (await season.CourseAsync(first)).SeatsTaken + (await season.CourseAsync(second)).SeatsTaken
            + await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync(r => r.Status == RequestStatus.Draft)));
        foreach (var (client, _, _, _) in parents)
        {
            client.Dispose();
        }
    }

    [Fact]
    public async Task Validating_after_step_four_changed_in_another_tab_sends_nothing_and_says_so()
    {
        var season = await SeatScenario.CreateAsync(App);
        var first = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var second = await season.AddSlotAsync("FM 2.2 (34)", 5, DayOfWeek.Saturday);
        var student = await season.AddFamilyAsync("famille01");
        await season.AddDraftAsync(student, step: 5, slotId: first);
        using var client = await season.SignInAsync(student);
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{student.StudentId}");

        // The other tab holds the request's lock while it saves step 4; validation has read the page's lines and waits.
        await using var otherTab = new NpgsqlConnection(App.Database.ConnectionString);
        await otherTab.OpenAsync();
        await using var saving = await otherTab.BeginTransactionAsync();
        await ExecuteAsync(otherTab, """SELECT 1 FROM "ReenrollmentRequests" WHERE "StudentId" = $1 FOR UPDATE""", student.StudentId);
        var validation = client.SubmitAsync(recap, $"/Reinscription/Recapitulatif/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.AcceptsTerms"] = "true",
        });
        await WaitForALockWaitAsync(otherTab);
        await ExecuteAsync(otherTab, """UPDATE "CourseChoices" SET "ChosenCourseId" = $1 WHERE "CurrentEnrollmentId" = $2""", second, student.EnrollmentId);
        await saving.CommitAsync();
        using var response = await validation;

        Assert.Equal($"/Reinscription/Recapitulatif/{student.StudentId}", response.Headers.Location?.OriginalString);
        var again = await client.GetPageAsync($"/Reinscription/Recapitulatif/{student.StudentId}");
        Assert.StartsWith("Vos choix de cours ont été modifiés entre-temps", again.TextOf("#modifie"), StringComparison.Ordinal);
        Assert.Contains("FM 2.2 (34)", again.TextOf("#recap-cours-table"));
        Assert.Equal(RequestStatus.Draft, (await App.WithDbAsync(db => db.ReenrollmentRequests.SingleAsync())).Status);
        Assert.Equal((0, 0), ((await season.CourseAsync(first)).SeatsTaken, (await season.CourseAsync(second)).SeatsTaken));
    }

    [Fact]
    public async Task Step_four_saved_after_validation_changes_nothing_and_shows_the_request_sent()
    {
        var season = await SeatScenario.CreateAsync(App);
        var first = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var second = await season.AddSlotAsync("FM 2.2 (34)", 5, DayOfWeek.Saturday);
        var student = await season.AddFamilyAsync("famille01");
        await season.AddDraftAsync(student, step: 5, slotId: first);
        using var client = await season.SignInAsync(student);
        var step4 = await client.GetPageAsync($"/Reinscription/Cours/{student.StudentId}");
        (await client.SubmitAsync($"/Reinscription/Recapitulatif/{student.StudentId}", new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" })).Dispose();

        using var late = await client.SubmitAsync(step4, $"/Reinscription/Cours/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.Lines[0].ChosenCourseId"] = second.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal($"/Reinscription/{student.StudentId}", late.Headers.Location?.OriginalString);
        var line = Assert.Single((await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices).SingleAsync())).Choices);
        Assert.Equal((first, true), (line.ChosenCourseId!.Value, line.SeatTaken));
        Assert.Equal([first], await season.NextYearCoursesAsync(student));
        await season.AssertSeatsConsistentAsync();
    }

    private static async Task ExecuteAsync(NpgsqlConnection connection, string sql, params int[] values)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }

        await command.ExecuteNonQueryAsync();
    }

    /// <summary>Until another session of the test database waits for a row lock (the validation, on the request's row).</summary>
    private static async Task WaitForALockWaitAsync(NpgsqlConnection connection)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            await using var command = new NpgsqlCommand(
                "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'", connection);
            if ((long)(await command.ExecuteScalarAsync())! > 0)
            {
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("The validation never waited for the request's lock.");
    }
}
