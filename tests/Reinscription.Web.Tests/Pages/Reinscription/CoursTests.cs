using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>Step 4 checks what is posted against the offer: another site's, another year's or a full slot gets the form back, never a 500.</summary>
public class CoursTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_slot_of_another_site_gets_the_form_back_and_nothing_is_saved()
    {
        var season = await SeatScenario.CreateAsync(App);
        var elsewhere = await SeatScenario.CreateAsync(App, "Sèvres");
        var theirs = await elsewhere.AddSlotAsync("FM 2.2 (90)", 12);
        var (client, student, page) = await AtStepFourAsync(season);

        var answer = await PostAsync(client, student, page, theirs);

        Assert.Equal("Cet horaire n'est pas proposé en Formation musicale : choisissez-en un dans la liste.", answer.TextOf(ChosenMessage));
        await AssertNothingSavedAsync(student);
    }

    [Fact]
    public async Task A_slot_of_this_year_gets_the_form_back_and_nothing_is_saved()
    {
        var season = await SeatScenario.CreateAsync(App);
        var (client, student, page) = await AtStepFourAsync(season);

        var answer = await PostAsync(client, student, page, season.FmThisYearId);

        Assert.Equal("Cet horaire n'est pas proposé en Formation musicale : choisissez-en un dans la liste.", answer.TextOf(ChosenMessage));
        await AssertNothingSavedAsync(student);
    }

    [Fact]
    public async Task A_slot_that_filled_since_the_page_was_read_gets_the_form_back_saying_so()
    {
        var season = await SeatScenario.CreateAsync(App);
        var (client, student, page) = await AtStepFourAsync(season);
        var slot = await App.WithDbAsync(db => db.Courses.Where(c => c.Name == "FM 2.2 (33)").Select(c => c.Id).SingleAsync());
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync($"""UPDATE "Courses" SET "SeatsTaken" = "Capacity" WHERE "Id" = {slot}"""));

        var answer = await PostAsync(client, student, page, slot);

        Assert.Equal(
            "Cet horaire de Formation musicale n'est plus disponible : il est complet. Choisissez-en un autre, ou sa liste d'attente.",
            answer.TextOf(ChosenMessage));
        Assert.Contains("FM 2.2 (33) - JEUDI - 17.00 à 18.30 (complet — liste d'attente)", answer.TextOf("select[name$='WaitlistCourseId']"));
        await AssertNothingSavedAsync(student);
    }

    [Fact]
    public async Task The_same_course_posted_twice_gets_the_form_back_with_a_message()
    {
        var season = await SeatScenario.CreateAsync(App);
        var (client, student, page) = await AtStepFourAsync(season);
        var slot = page.QuerySelector("select[name$='ChosenCourseId'] option[value]:not([value=''])")!.GetAttribute("value")!;
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var enrollment = student.EnrollmentId.ToString(CultureInfo.InvariantCulture);
        using var content = new FormUrlEncodedContent(
        [
            new("Input.Lines[0].EnrollmentId", enrollment), new("Input.Lines[0].Continues", "true"), new("Input.Lines[0].ChosenCourseId", slot),
            new("Input.Lines[1].EnrollmentId", enrollment), new("Input.Lines[1].Continues", "false"),
            new("__RequestVerificationToken", token),
        ]);

        using var response = await client.PostAsync(new Uri($"/Reinscription/Cours/{student.StudentId}", UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var answer = await HtmlClient.ParseAsync(response);
        Assert.Equal("Un même cours a été envoyé deux fois : vérifiez vos choix ci-dessous puis enregistrez à nouveau.", answer.TextOf("#erreurs li"));
        Assert.Single(answer.QuerySelectorAll("#cours tbody tr"));
        await AssertNothingSavedAsync(student);
    }

    [Fact]
    public async Task A_full_slot_is_offered_as_a_waiting_list_and_can_be_chosen_instead_of_a_slot()
    {
        var season = await SeatScenario.CreateAsync(App);
        var full = await season.AddSlotAsync("FM 2.2 (32)", 12, DayOfWeek.Wednesday, taken: 12);
        var (client, student, page) = await AtStepFourAsync(season);
        Assert.Equal(
            ["Aucune", "FM 2.2 (32) - MERCREDI - 17.00 à 18.30 (complet — liste d'attente)"],
            page.QuerySelectorAll("select[name$='WaitlistCourseId'] option").Select(o => o.TextContent));

        using var response = await client.SubmitAsync(page, $"/Reinscription/Cours/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.Lines[0].ChosenCourseId"] = "",
            ["Input.Lines[0].WaitlistCourseId"] = full.ToString(CultureInfo.InvariantCulture),
        });

        Assert.Equal($"/Reinscription/Recapitulatif/{student.StudentId}", response.Headers.Location?.OriginalString);
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{student.StudentId}");
        Assert.Contains("En liste d'attente Liste d'attente : FM 2.2 (32) - MERCREDI - 17.00 à 18.30", recap.TextOf("#recap-cours-table"));
        var again = await client.GetPageAsync($"/Reinscription/Cours/{student.StudentId}");
        Assert.Equal(full.ToString(CultureInfo.InvariantCulture), again.QuerySelector("select[name$='WaitlistCourseId'] option[selected]")?.GetAttribute("value"));
    }

    [Fact]
    public async Task A_slot_with_seats_cannot_be_waited_for()
    {
        var season = await SeatScenario.CreateAsync(App);
        await season.AddSlotAsync("FM 2.2 (32)", 12, DayOfWeek.Wednesday, taken: 12);
        var (client, student, page) = await AtStepFourAsync(season);
        var open = page.QuerySelector("select[name$='ChosenCourseId'] option[value]:not([value=''])")!.GetAttribute("value")!;

        using var response = await client.SubmitAsync(page, $"/Reinscription/Cours/{student.StudentId}", new Dictionary<string, string>
        {
            ["Input.Lines[0].ChosenCourseId"] = "",
            ["Input.Lines[0].WaitlistCourseId"] = open,
        });

        var answer = await HtmlClient.ParseAsync(response);
        Assert.Equal("Cet horaire de Formation musicale a des places : choisissez-le directement.", answer.TextOf("[data-valmsg-for='Input.Lines[0].WaitlistCourseId']"));
    }

    private const string ChosenMessage = "[data-valmsg-for='Input.Lines[0].ChosenCourseId']";

    private static async Task<(HttpClient Client, ScenarioStudent Student, AngleSharp.Html.Dom.IHtmlDocument Page)> AtStepFourAsync(SeatScenario season)
    {
        await season.AddSlotAsync("FM 2.2 (33)", 12);
        var student = await season.AddFamilyAsync("famille01");
        await season.AddDraftAsync(student, step: 4, slotId: null);
        var client = await season.SignInAsync(student);
        return (client, student, await client.GetPageAsync($"/Reinscription/Cours/{student.StudentId}"));
    }

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> PostAsync(
        HttpClient client,
        ScenarioStudent student,
        AngleSharp.Html.Dom.IHtmlDocument page,
        int courseId)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(
        [
            new("Input.Lines[0].EnrollmentId", student.EnrollmentId.ToString(CultureInfo.InvariantCulture)),
            new("Input.Lines[0].Continues", "true"),
            new("Input.Lines[0].ChosenCourseId", courseId.ToString(CultureInfo.InvariantCulture)),
            new("__RequestVerificationToken", token),
        ]);
        using var response = await client.PostAsync(new Uri($"/Reinscription/Cours/{student.StudentId}", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await HtmlClient.ParseAsync(response);
    }

    private async Task AssertNothingSavedAsync(ScenarioStudent student)
    {
        var request = await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.StudentId == student.StudentId));
        Assert.Empty(request.Choices);
        Assert.Equal(4, request.CurrentStep);
    }
}
