using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.ReenrollmentWizard;

/// <summary>A request wanting two slots when the second has just filled up: nothing is taken, and the parent learns which one.</summary>
public class FullSlotTests(AppFixture app) : AppTest(app)
{
    private const string Password = "Course2026";

    [Fact]
    public async Task When_the_second_of_two_chosen_slots_is_full_no_seat_is_taken_and_the_full_one_is_named()
    {
        var site = await App.WithDbAsync(db => db.AddSiteAsync("Meudon"));
        var setUp = await TwoChosenSlotsAsync(site);
        await App.WithDbAsync(db => db.Database.ExecuteSqlAsync(
            $"""UPDATE "Courses" SET "SeatsTaken" = "Capacity" WHERE "Id" = {setUp.ChoirSlotId}"""));
        using var client = App.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(site, "famille01", Password)).Dispose();
        var recap = await client.GetPageAsync($"/Reinscription/Recapitulatif/{setUp.StudentId}");

        using var response = await client.SubmitAsync(
            recap, $"/Reinscription/Recapitulatif/{setUp.StudentId}", new Dictionary<string, string> { ["Input.AcceptsTerms"] = "true" });

        Assert.Equal($"/Reinscription/Cours/{setUp.StudentId}", response.Headers.Location?.OriginalString);
        var step4 = await client.GetPageAsync($"/Reinscription/Cours/{setUp.StudentId}");
        Assert.StartsWith("Le cours Chœur 2 - SAMEDI - 10.00 à 11.00 est désormais complet : aucune place n'a été prise",
            step4.TextOf("#complet"), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Courses.Where(c => c.Id == setUp.FmSlotId).Select(c => c.SeatsTaken).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Enrollments.CountAsync(e => e.CourseId == setUp.FmSlotId || e.CourseId == setUp.ChoirSlotId)));
        var request = await App.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices)
            .SingleAsync(r => r.StudentId == setUp.StudentId));
        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.All(request.Choices, c => Assert.False(c.SeatTaken));
        Assert.Equal([setUp.FmSlotId, null], request.Choices.OrderBy(c => c.ChosenCourseId is null).Select(c => c.ChosenCourseId));
    }

    private async Task<(int StudentId, int FmSlotId, int ChoirSlotId)> TwoChosenSlotsAsync(Domain.Sites.Site site)
    {
        var (campaignId, fmNow, choirNow, fmSlot, choirSlot) = await App.WithDbAsync(async db =>
        {
            var current = new SchoolYear(2025);
            current.MakeCurrent();
            var next = new SchoolYear(2026);
            var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            var choir = new Discipline(site.Id, "Chœur", DisciplineKind.Voice);
            db.AddRange(current, next, fm, choir);
            await db.SaveChangesAsync();
            var fmNow = new Course(site.Id, current.Id, fm.Id, "FM 2.1 (21)", 10, ChoiceMode.FamilyChooses);
            var choirNow = new Course(site.Id, current.Id, choir.Id, "Chœur 1", 10, ChoiceMode.FamilyChooses);
            var fmSlot = new Course(site.Id, next.Id, fm.Id, "FM 2.2 (33)", 5, ChoiceMode.FamilyChooses);
            fmSlot.ScheduleOn(DayOfWeek.Thursday, new TimeOnly(17, 0), new TimeOnly(18, 30));
            db.AddRange(fmNow, choirNow, fmSlot);
            await db.SaveChangesAsync();

            // Created last, so its id is the higher: its seat is the second one the validation asks for.
            var choirSlot = new Course(site.Id, next.Id, choir.Id, "Chœur 2", 5, ChoiceMode.FamilyChooses);
            choirSlot.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(11, 0));
            var now = DateTimeOffset.UtcNow;
            var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddDays(-1), now.AddDays(30), now.AddDays(60));
            db.AddRange(choirSlot, campaign);
            await db.SaveChangesAsync();
            return (campaign.Id, fmNow.Id, choirNow.Id, fmSlot.Id, choirSlot.Id);
        });

        var family = await App.AddFamilyWithAccountAsync(site, "famille01", Password);
        var studentId = await App.WithDbAsync(async db =>
        {
            var student = new Student("Famille", "Élève", new DateOnly(2013, 1, 1), Civility.Madame);
            (await db.Families.SingleAsync(f => f.Id == family.Id)).AddStudent(student);
            await db.SaveChangesAsync();
            var inFm = new Enrollment(student.Id, fmNow);
            var inChoir = new Enrollment(student.Id, choirNow);
            db.Enrollments.AddRange(inFm, inChoir);
            await db.SaveChangesAsync();
            var request = new ReenrollmentRequest(campaignId, student.Id) { ImageRights = true, MayLeaveAlone = true };
            request.ChooseToReenrol();
            request.ReachStep(5);
            request.AddChoice(new CourseChoice(inFm.Id, continues: true, fmSlot));
            request.AddChoice(new CourseChoice(inChoir.Id, continues: true, choirSlot));
            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
            return student.Id;
        });
        return (studentId, fmSlot, choirSlot);
    }
}
