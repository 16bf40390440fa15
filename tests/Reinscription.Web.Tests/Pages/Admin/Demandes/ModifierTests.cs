using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

public class ModifierTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task Moving_into_a_full_slot_is_refused_and_nothing_changes()
    {
        var season = await SeatScenario.CreateAsync(App);
        var current = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 3, DayOfWeek.Wednesday);
        for (var i = 0; i < 3; i++)
        {
            await season.AddSubmittedAsync(await season.AddFamilyAsync($"occupant{i}"), full);
        }

        var student = await season.AddFamilyAsync("famille01");
        var requestId = await season.AddSubmittedAsync(student, current);
        using var staff = await season.SignInStaffAsync();
        var page = await staff.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}");
        Assert.Contains("FM 2.2 (32) - MERCREDI - 17.00 à 18.30 (complet, 3 places)", page.TextOf("#horaires"));

        using var response = await staff.SubmitAsync(page, $"/Admin/Demandes/Modifier/{requestId}", new Dictionary<string, string>
        {
            ["Move.CourseId"] = full.ToString(CultureInfo.InvariantCulture),
        }, "form.deplacer");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await HtmlClient.ParseAsync(response);
        Assert.Equal(
            "Le cours FM 2.2 (32) - MERCREDI - 17.00 à 18.30 est complet : l'élève reste en FM 2.2 (33) - JEUDI - 17.00 à 18.30. Aucun changement n'a été fait.",
            answer.TextOf("[data-valmsg-for='Move.CourseId']"));
        Assert.Equal([current], await season.NextYearCoursesAsync(student));
        Assert.Equal((1, 3), ((await season.CourseAsync(current)).SeatsTaken, (await season.CourseAsync(full)).SeatsTaken));
        Assert.Equal(current, Assert.Single((await season.RequestAsync(requestId)).Choices).ChosenCourseId);
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Moving_takes_the_new_seat_releases_the_old_one_to_the_waiting_list_and_tells_the_family()
    {
        var season = await SeatScenario.CreateAsync(App);
        var current = await season.AddSlotAsync("FM 2.2 (33)", 1);
        var other = await season.AddSlotAsync("FM 2.2 (34)", 5, DayOfWeek.Saturday);
        var student = await season.AddFamilyAsync("famille01", secondGuardianEmail: "marc@example.org");
        var requestId = await season.AddSubmittedAsync(student, current);
        var waiting = await season.AddFamilyAsync("attente");
        await season.AddSubmittedAsync(waiting, null, waitlistId: current);
        using var staff = await season.SignInStaffAsync();

        using var response = await staff.SubmitAsync($"/Admin/Demandes/Modifier/{requestId}", new Dictionary<string, string>
        {
            ["Move.CourseId"] = other.ToString(CultureInfo.InvariantCulture),
        }, "form.deplacer");

        Assert.Equal($"/Admin/Demandes/Modifier/{requestId}", response.Headers.Location?.OriginalString);
        var page = await staff.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}");
        Assert.Equal("LEFEBVRE Élève famille01 est inscrit(e) en FM 2.2 (34) - SAMEDI - 17.00 à 18.30 ; la famille en est informée par e-mail.", page.TextOf("#confirmation"));
        Assert.Equal([other], await season.NextYearCoursesAsync(student));
        foreach (var guardian in new[] { student.Email, "marc@example.org" })
        {
            var mail = await App.Mail.WaitForMailAsync(guardian, "Changement d'horaire");
            Assert.Contains("en FM 2.2 (34) - SAMEDI - 17.00 à 18.30 au lieu de FM 2.2 (33) - JEUDI - 17.00 à 18.30", mail.Text, StringComparison.Ordinal);
        }

        await App.Mail.WaitForMailAsync(waiting.Email, "Une place se libère");
        var audit = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(a => a.Action == "request.moved"));
        Assert.Contains(audit.Changes, c => c is { Field: "Horaire", Before: "FM 2.2 (33) - JEUDI - 17.00 à 18.30", After: "FM 2.2 (34) - SAMEDI - 17.00 à 18.30" });
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Staff_assign_an_instrument_within_its_capacity_seeing_the_wishes_in_order()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var violin = await season.AddDisciplineAsync("Violon", DisciplineKind.Instrument);
        var lesson = await season.AddSlotAsync("Violon - M. Roux", 1, DayOfWeek.Monday, mode: ChoiceMode.Assigned, disciplineId: violin);
        var student = await season.AddFamilyAsync("famille01");
        var requestId = await season.AddSubmittedAsync(student, slot);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "ReenrollmentRequests" SET "FirstInstrumentWish" = 'Violon', "SecondInstrumentWish" = 'Alto' WHERE "Id" = {requestId}"""));
        var rival = await season.AddFamilyAsync("famille02");
        var rivalRequest = await season.AddSubmittedAsync(rival, slot);
        using var staff = await season.SignInStaffAsync();
        var page = await staff.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}");
        Assert.Equal(["Violon", "Alto"], page.QuerySelectorAll("#voeux ol li").Select(li => li.TextContent));

        using var assigned = await staff.SubmitAsync(page, $"/Admin/Demandes/Modifier/{requestId}", new Dictionary<string, string>
        {
            ["Assign.CourseId"] = lesson.ToString(CultureInfo.InvariantCulture),
        }, "#attribuer");
        using var refused = await staff.SubmitAsync($"/Admin/Demandes/Modifier/{rivalRequest}", new Dictionary<string, string>
        {
            ["Assign.CourseId"] = lesson.ToString(CultureInfo.InvariantCulture),
        }, "#attribuer");

        Assert.Equal($"/Admin/Demandes/Modifier/{requestId}", assigned.Headers.Location?.OriginalString);
        Assert.Equal([slot, lesson], await season.NextYearCoursesAsync(student));
        var mail = await App.Mail.WaitForMailAsync(student.Email, "Cours attribué");
        Assert.Contains("le cours Violon - M. Roux - LUNDI - 17.00 à 18.30 pour l'année prochaine", mail.Text, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Le cours Violon - M. Roux - LUNDI - 17.00 à 18.30 est complet : il n'a pas été attribué.",
            (await HtmlClient.ParseAsync(refused)).TextOf("[data-valmsg-for='Assign.CourseId']"));
        Assert.Equal([slot], await season.NextYearCoursesAsync(rival));
        using var parent = await season.SignInAsync(student);
        var tab = await parent.GetPageAsync($"/Reinscription/{student.StudentId}");
        Assert.Contains("Violon — Violon - M. Roux - LUNDI - 17.00 à 18.30", tab.TextOf("#recap-cours-table"));
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task A_course_taken_back_frees_its_seat()
    {
        var season = await SeatScenario.CreateAsync(App);
        var violin = await season.AddDisciplineAsync("Violon", DisciplineKind.Instrument);
        var lesson = await season.AddSlotAsync("Violon - M. Roux", 1, DayOfWeek.Monday, mode: ChoiceMode.Assigned, disciplineId: violin);
        var requestId = await season.AddSubmittedAsync(await season.AddFamilyAsync("famille01"), null);
        using var staff = await season.SignInStaffAsync();
        (await staff.SubmitAsync($"/Admin/Demandes/Modifier/{requestId}", new Dictionary<string, string>
        {
            ["Assign.CourseId"] = lesson.ToString(CultureInfo.InvariantCulture),
        }, "#attribuer")).Dispose();
        var page = await staff.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}");

        using var response = await staff.SubmitAsync(page, $"/Admin/Demandes/Modifier/{requestId}", new Dictionary<string, string>(), "#attribues form");

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(0, (await season.CourseAsync(lesson)).SeatsTaken);
        Assert.DoesNotContain((await season.RequestAsync(requestId)).Choices, c => c.ChosenCourseId == lesson);
        await season.AssertSeatsConsistentAsync();
    }

    [Fact]
    public async Task Staff_of_another_site_get_404()
    {
        var season = await SeatScenario.CreateAsync(App);
        var slot = await season.AddSlotAsync("FM 2.2 (33)", 5);
        var other = await season.AddSlotAsync("FM 2.2 (34)", 5, DayOfWeek.Saturday);
        var requestId = await season.AddSubmittedAsync(await season.AddFamilyAsync("famille01"), slot);
        var elsewhere = await SeatScenario.CreateAsync(App, "Sèvres");
        using var stranger = await elsewhere.SignInStaffAsync("secretariat.sevres@example.org");
        var ownPage = await stranger.GetPageAsync("/Admin/ListesAttente");
        var choiceId = Assert.Single((await season.RequestAsync(requestId)).Choices).Id;

        await stranger.GetPageAsync($"/Admin/Demandes/Modifier/{requestId}", HttpStatusCode.NotFound);
        using var forged = await stranger.PostWithTokenAsync(ownPage, $"/Admin/Demandes/Modifier/{requestId}?handler=Deplacer", new Dictionary<string, string>
        {
            ["Move.ChoiceId"] = choiceId.ToString(CultureInfo.InvariantCulture),
            ["Move.CourseId"] = other.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal(HttpStatusCode.NotFound, forged.StatusCode);
        Assert.Equal(slot, Assert.Single((await season.RequestAsync(requestId)).Choices).ChosenCourseId);
        Assert.Equal(RequestStatus.Submitted, (await season.RequestAsync(requestId)).Status);
    }
}
