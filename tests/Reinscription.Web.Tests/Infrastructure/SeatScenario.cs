using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>
/// A site with this year's "FM 2.1" and an open campaign for next year, whose slots and families each seat test
/// builds for itself: requests at a wizard step or already sent with their seat taken, waiting-list places
/// given in the order families are added (their positions come from the database's sequence, as in the app).
/// </summary>
public sealed class SeatScenario
{
    public const string Password = "Course2026";
    public const string StaffPassword = "Personnel2026";

    private readonly AppFixture _app;

    private SeatScenario(AppFixture app, Site site, int campaignId, int thisYearId, int nextYearId, int fmId, int fmThisYearId)
    {
        _app = app;
        Site = site;
        CampaignId = campaignId;
        ThisYearId = thisYearId;
        NextYearId = nextYearId;
        FmId = fmId;
        FmThisYearId = fmThisYearId;
    }

    public Site Site { get; }

    public int CampaignId { get; }

    public int ThisYearId { get; }

    public int NextYearId { get; }

    /// <summary>The discipline "Formation musicale".</summary>
    public int FmId { get; }

    /// <summary>This year's FM course every student of the scenario follows.</summary>
    public int FmThisYearId { get; }

    public static async Task<SeatScenario> CreateAsync(AppFixture app, string siteName = "Meudon")
    {
        ArgumentNullException.ThrowIfNull(app);
        var site = await app.WithDbAsync(db => db.AddSiteAsync(siteName));
        return await app.WithDbAsync(async db =>
        {
            var current = await db.SchoolYears.SingleOrDefaultAsync(y => y.StartYear == 2025) ?? new SchoolYear(2025);
            if (current.Id == 0)
            {
                current.MakeCurrent();
                db.SchoolYears.Add(current);
            }

            var next = await db.SchoolYears.SingleOrDefaultAsync(y => y.StartYear == 2026) ?? new SchoolYear(2026);
            if (next.Id == 0)
            {
                db.SchoolYears.Add(next);
            }

            var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            db.Disciplines.Add(fm);
            await db.SaveChangesAsync();
            var thisYear = new Course(site.Id, current.Id, fm.Id, "FM 2.1 (21)", 200, ChoiceMode.FamilyChooses);
            var now = DateTimeOffset.UtcNow;
            var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddDays(-1), now.AddDays(30), now.AddDays(60));
            db.AddRange(thisYear, campaign);
            await db.SaveChangesAsync();
            return new SeatScenario(app, site, campaign.Id, current.Id, next.Id, fm.Id, thisYear.Id);
        });
    }

    /// <summary>A next-year slot of FM (or of <paramref name="disciplineId"/>), with <paramref name="taken"/> seats already taken by others.</summary>
    public Task<int> AddSlotAsync(
        string name,
        int capacity,
        DayOfWeek day = DayOfWeek.Thursday,
        int taken = 0,
        ChoiceMode mode = ChoiceMode.FamilyChooses,
        int? disciplineId = null,
        int? schoolYearId = null) =>
        _app.WithDbAsync(async db =>
        {
            var course = new Course(Site.Id, schoolYearId ?? NextYearId, disciplineId ?? FmId, name, capacity, mode);
            course.ScheduleOn(day, new TimeOnly(17, 0), new TimeOnly(18, 30));
            for (var i = 0; i < taken; i++)
            {
                course.TakeSeat();
            }

            db.Courses.Add(course);
            await db.SaveChangesAsync();
            return course.Id;
        });

    public Task<int> AddDisciplineAsync(string name, DisciplineKind kind) =>
        _app.WithDbAsync(async db =>
        {
            var discipline = new Discipline(Site.Id, name, kind);
            db.Disciplines.Add(discipline);
            await db.SaveChangesAsync();
            return discipline.Id;
        });

    /// <summary>A family with an account and one student in this year's FM; its guardian's e-mail is "identifier@example.org".</summary>
    public async Task<ScenarioStudent> AddFamilyAsync(string identifier, string? secondGuardianEmail = null)
    {
        var family = await _app.AddFamilyWithAccountAsync(Site, identifier, Password);
        return await _app.WithDbAsync(async db =>
        {
            var tracked = await db.Families.SingleAsync(f => f.Id == family.Id);
            if (secondGuardianEmail is not null)
            {
                tracked.AddGuardian2(new Guardian { Civility = Civility.Monsieur, LastName = "Lefebvre", FirstName = "Marc", Email = secondGuardianEmail });
            }

            var student = new Student("Lefebvre", $"Élève {identifier}", new DateOnly(2013, 1, 1), Civility.Madame);
            tracked.AddStudent(student);
            await db.SaveChangesAsync();
            var enrollment = new Enrollment(student.Id, FmThisYearId);
            db.Enrollments.Add(enrollment);
            await db.SaveChangesAsync();
            return new ScenarioStudent(identifier, family.Id, student.Id, enrollment.Id);
        });
    }

    /// <summary>A draft re-enrolment at <paramref name="step"/>, FM continued in <paramref name="slotId"/> and waiting for <paramref name="waitlistId"/>.</summary>
    public Task<int> AddDraftAsync(ScenarioStudent student, int step, int? slotId, int? waitlistId = null) =>
        _app.WithDbAsync(async db =>
        {
            ArgumentNullException.ThrowIfNull(student);
            var request = new ReenrollmentRequest(CampaignId, student.StudentId) { ImageRights = true, MayLeaveAlone = true };
            request.ChooseToReenrol();
            request.ReachStep(step);
            if (slotId is not null || waitlistId is not null)
            {
                request.ChooseCourse(student.EnrollmentId, continues: true, slotId, waitlistId);
            }

            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>A request sent as step 5 sends it: its seat taken (enrolment and count), its waiting-list place given.</summary>
    public Task<int> AddSubmittedAsync(ScenarioStudent student, int? slotId, int? waitlistId = null) =>
        _app.WithDbAsync(async db =>
        {
            ArgumentNullException.ThrowIfNull(student);
            var request = new ReenrollmentRequest(CampaignId, student.StudentId) { ImageRights = true, MayLeaveAlone = true };
            request.ChooseToReenrol();
            request.ChooseCourse(student.EnrollmentId, continues: true, slotId, waitlistId);
            var now = DateTimeOffset.UtcNow;
            foreach (var seat in request.Submit(now))
            {
                db.Enrollments.Add(new Enrollment(student.StudentId, seat.ChosenCourseId!.Value));
                await db.Database.ExecuteSqlAsync($"""UPDATE "Courses" SET "SeatsTaken" = "SeatsTaken" + 1 WHERE "Id" = {seat.ChosenCourseId!.Value}""");
            }

            db.ReenrollmentRequests.Add(request);
            await db.SaveChangesAsync();
            if (waitlistId is { } waited)
            {
                db.WaitlistEntries.Add(new WaitlistEntry(waited, request.Id, request.Choices.Single().Id, now));
                await db.SaveChangesAsync();
            }

            return request.Id;
        });

    public async Task<HttpClient> SignInAsync(ScenarioStudent student)
    {
        ArgumentNullException.ThrowIfNull(student);
        var client = _app.Factory.CreateBrowser();
        (await client.SignInFamilyAsync(Site, student.Identifier, Password)).Dispose();
        return client;
    }

    /// <summary>A secretariat member of this site, signed in.</summary>
    public async Task<HttpClient> SignInStaffAsync(string email = "secretariat@example.org")
    {
        await _app.AddStaffAsync(email, StaffPassword, (Site, StaffRole.Secretariat));
        var client = _app.Factory.CreateBrowser();
        (await client.SignInStaffAsync(email, StaffPassword)).Dispose();
        return client;
    }

    public Task<Course> CourseAsync(int courseId) =>
        _app.WithDbAsync(db => db.Courses.AsNoTracking().SingleAsync(c => c.Id == courseId));

    public Task<List<WaitlistEntry>> EntriesAsync(int courseId) =>
        _app.WithDbAsync(db => db.WaitlistEntries.AsNoTracking().Where(e => e.CourseId == courseId).OrderBy(e => e.Position).ToListAsync());

    /// <summary>The student's next-year enrolments, by course id.</summary>
    public Task<List<int>> NextYearCoursesAsync(ScenarioStudent student) =>
        _app.WithDbAsync(db => db.Enrollments.Where(e => e.StudentId == student.StudentId && e.Course!.SchoolYearId == NextYearId)
            .Select(e => e.CourseId).OrderBy(id => id).ToListAsync());

    public Task<ReenrollmentRequest> RequestAsync(int requestId) =>
        _app.WithDbAsync(db => db.ReenrollmentRequests.AsNoTracking().Include(r => r.Choices).SingleAsync(r => r.Id == requestId));

    /// <summary>
    /// Every next-year course agrees with itself: seats taken = enrolments = lines holding a seat, seats offered =
    /// offers running, and never beyond capacity.
    /// </summary>
    public async Task AssertSeatsConsistentAsync()
    {
        var rows = await _app.WithDbAsync(db => db.Courses.AsNoTracking()
            .Where(c => c.SchoolYearId == NextYearId)
            .Select(c => new
            {
                c.Name,
                c.Capacity,
                c.SeatsTaken,
                c.SeatsOffered,
                Enrolled = db.Enrollments.Count(e => e.CourseId == c.Id),
                Held = db.CourseChoices.Count(h => h.ChosenCourseId == c.Id && h.SeatTaken),
                Offers = db.WaitlistEntries.Count(e => e.CourseId == c.Id && e.Status == WaitlistStatus.Offered),
            })
            .ToListAsync());
        foreach (var row in rows)
        {
            Assert.True(row.SeatsTaken + row.SeatsOffered <= row.Capacity, $"{row.Name} overbooked: {row}");
            Assert.True(row.SeatsTaken == row.Enrolled && row.Enrolled == row.Held && row.SeatsOffered == row.Offers, $"{row.Name} inconsistent: {row}");
        }
    }
}

public sealed record ScenarioStudent(string Identifier, int FamilyId, int StudentId, int EnrollmentId)
{
    public string Email => $"{Identifier}@example.org";
}
