using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>Many parents validating at once for the same slot: PostgreSQL hands out exactly the seats there are.</summary>
public class SeatRaceTests(AppFixture app) : AppTest(app)
{
    private const int Parents = 50;
    private const int Seats = 5;
    private const string Password = "Course2026";

    [Fact]
    public async Task Fifty_concurrent_validations_for_five_seats_take_exactly_five()
    {
        var (site, slotId, students) = await FiftyFamiliesAtStepFiveAsync();
        var parents = new List<(HttpClient Client, int StudentId, AngleSharp.Html.Dom.IHtmlDocument Recap)>();
        foreach (var (identifier, studentId) in students)
        {
            var client = App.Factory.CreateBrowser();
            (await client.SignInFamilyAsync(site, identifier, Password)).Dispose();
            parents.Add((client, studentId, await client.GetPageAsync($"/Reinscription/Recapitulatif/{studentId}")));
        }

        var responses = await Task.WhenAll(parents.Select(p => p.Client.SubmitAsync(
            p.Recap, $"/Reinscription/Recapitulatif/{p.StudentId}", new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" })));

        var locations = responses.Select(r => r.Headers.Location?.OriginalString ?? r.StatusCode.ToString()).ToList();
        Assert.Equal(Seats, locations.Count(l => l.StartsWith("/Reinscription/Finalisation/", StringComparison.Ordinal)));
        Assert.Equal(Parents - Seats, locations.Count(l => l.StartsWith("/Reinscription/Cours/", StringComparison.Ordinal)));
        Assert.Equal(Seats, await App.WithDbAsync(db => db.Courses.Where(c => c.Id == slotId).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(Seats, await App.WithDbAsync(db => db.Enrollments.CountAsync(e => e.CourseId == slotId)));
        Assert.Equal(Seats, await App.WithDbAsync(db => db.ReenrollmentRequests.CountAsync(r => r.Status == RequestStatus.Submitted)));

        var loser = parents[locations.FindIndex(l => l.StartsWith("/Reinscription/Cours/", StringComparison.Ordinal))];
        var step4 = await loser.Client.GetPageAsync($"/Reinscription/Cours/{loser.StudentId}");
        Assert.StartsWith("Le cours FM 2.2 (33) - JEUDI - 17.00 à 18.30 est désormais complet : aucune place n'a été prise",
            step4.TextOf("#complet"), StringComparison.Ordinal);
        Assert.Equal("Alto", step4.QuerySelector("#Input_FirstInstrumentWish")!.GetAttribute("value"));
        Assert.Contains("Tous les horaires de Formation musicale sont complets", step4.TextOf("#cours tbody"));

        foreach (var (client, _, _) in parents)
        {
            client.Dispose();
        }

        foreach (var response in responses)
        {
            response.Dispose();
        }
    }

    private async Task<(Domain.Sites.Site Site, int SlotId, List<(string Identifier, int StudentId)> Students)> FiftyFamiliesAtStepFiveAsync()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var (campaignId, enrollmentCourseId, slotId) = await App.WithDbAsync(async db =>
        {
            var current = new SchoolYear(2025);
            current.MakeCurrent();
            var next = new SchoolYear(2026);
            var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.AddRange(current, next, fm);
            await db.SaveChangesAsync();
            var thisYear = new Course(site.Id, current.Id, fm.Id, "FM 2.1 (21)", Parents, ChoiceMode.FamilyChooses);
            var slot = new Course(site.Id, next.Id, fm.Id, "FM 2.2 (33)", Seats, ChoiceMode.FamilyChooses);
            slot.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));
            var now = DateTimeOffset.UtcNow;
            var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddDays(-1), now.AddDays(30), now.AddDays(60));
            db.AddRange(thisYear, slot, campaign);
            await db.SaveChangesAsync();
            return (campaign.Id, thisYear.Id, slot.Id);
        });

        var students = new List<(string, int)>();
        for (var i = 0; i < Parents; i++)
        {
            var identifier = $"famille{i:00}";
            var family = await App.AddFamilyWithAccountAsync(site, identifier, Password);
            var studentId = await App.WithDbAsync(async db =>
            {
                var student = new Student("Famille", $"Élève {i}", new DateOnly(2013, 1, 1), Civility.Madame);
                (await db.Families.SingleAsync(f => f.Id == family.Id)).AddStudent(student);
                await db.SaveChangesAsync();
                var enrollment = new Enrollment(student.Id, enrollmentCourseId);
                db.Enrollments.Add(enrollment);
                await db.SaveChangesAsync();
                var request = new ReenrollmentRequest(campaignId, student.Id) { ImageRights = true, MayLeaveAlone = true };
                request.ChooseToReenrol();
                request.ChangeWishes(new RequestWishes(FirstInstrumentWish: "Alto"));
                request.ReachStep(5);
                request.AddChoice(new CourseChoice(enrollment.Id, continues: true, slotId));
                db.ReenrollmentRequests.Add(request);
                await db.SaveChangesAsync();
                return student.Id;
            });
            students.Add((identifier, studentId));
        }

        return (site, slotId, students);
    }
}
