using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>
/// Requests of the demo's Meudon campaign (2026-2027) as families leave them, built through the domain: the
/// staff pages are tested on what the wizard writes, without driving six steps for each student.
/// </summary>
public static class RequestData
{
    public const string Slot33 = "FM 2.2 (33)";
    public const string Slot33Label = "FM 2.2 (33) - JEUDI - 17.00 à 18.30";
    public static readonly DateTimeOffset SubmittedAt = new(2026, 5, 12, 16, 30, 0, TimeSpan.Zero);

    /// <summary>A Meudon family of one student, enrolled this year in the demo's "FM 2.1 (21)" (and in <paramref name="otherCourse"/>).</summary>
    public static Task<int> AddMeudonStudentAsync(this AppFixture app, string identifier, string lastName, string firstName, string? otherCourse = null) =>
        app.WithDbAsync(async db =>
        {
            var site = await db.Sites.SingleAsync(s => s.Name == "Meudon");
            var family = await db.AddFamilyAsync(site, identifier);
            var student = new Student(lastName, firstName, new DateOnly(2014, 9, 12), Civility.Madame) { ImageRights = true, MayLeaveAlone = true };
            family.AddStudent(student);
            await db.SaveChangesAsync();
            foreach (var name in new[] { "FM 2.1 (21)", otherCourse }.OfType<string>())
            {
                var course = await db.Courses.SingleAsync(c => c.SiteId == site.Id && c.SchoolYear!.IsCurrent && c.Name == name);
                db.Enrollments.Add(new Enrollment(student.Id, course.Id));
            }

            await db.SaveChangesAsync();
            return student.Id;
        });

    /// <summary>
    /// The student's request at <paramref name="stage"/>: re-enrolment chosen, every course of this year continued, FM into
    /// <paramref name="slot"/>; submitted ones hold the seat and next year's enrolment, as step 5 leaves them.
    /// </summary>
    public static Task<int> AddRequestAsync(
        this AppFixture app,
        int studentId,
        RequestStage stage,
        string? slot = Slot33,
        Action<ReenrollmentRequest>? answers = null) =>
        app.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.Site!.Name == "Meudon");
            var request = new ReenrollmentRequest(campaign.Id, studentId);
            db.ReenrollmentRequests.Add(request);
            if (stage == RequestStage.NotReenrolling)
            {
                request.DeclineReenrolment(SubmittedAt);
            }
            else if (stage != RequestStage.NotAnswered)
            {
                request.ChooseToReenrol();
                answers?.Invoke(request);
                var current = await db.Enrollments
                    .Where(e => e.StudentId == studentId && e.Course!.SchoolYear!.IsCurrent)
                    .Select(e => new { e.Id, e.Course!.ChoiceMode })
                    .ToListAsync();
                var chosen = slot is null
                    ? null
                    : await db.Courses.SingleAsync(c => c.SiteId == campaign.SiteId && c.SchoolYearId == campaign.TargetSchoolYearId && c.Name == slot);
                foreach (var line in current)
                {
                    var slotId = line.ChoiceMode == ChoiceMode.FamilyChooses ? chosen?.Id : null;
                    request.AddChoice(new CourseChoice(line.Id, continues: true, slotId));
                }

                if (stage != RequestStage.Draft)
                {
                    request.Submit(SubmittedAt);
                    if (chosen is not null)
                    {
                        chosen.TakeSeat();
                        db.Enrollments.Add(new Enrollment(studentId, chosen.Id));
                    }
                }

                if (stage == RequestStage.Validated)
                {
                    request.Validate();
                }
                else if (stage == RequestStage.Refused)
                {
                    request.Refuse("Dossier incomplet");
                }
            }

            await db.SaveChangesAsync();
            return request.Id;
        });

    /// <summary>A file given for a requirement of the student's family (or of the student), left in <paramref name="state"/> by the demo's secretariat.</summary>
    public static Task AddDocumentAsync(this AppFixture app, int studentId, string requirementNamePart, DocumentState state, DateTimeOffset? uploadedAt = null) =>
        app.WithDbAsync(async db =>
        {
            var student = await db.Students.SingleAsync(s => s.Id == studentId);
            var requirement = await db.DocumentRequirements.SingleAsync(r => r.Name.Contains(requirementNamePart));
            var staffId = await db.StaffMembers.Where(s => s.Email == "secretariat.meudon@example.org").Select(s => s.Id).SingleAsync();
            var at = uploadedAt ?? DateTimeOffset.UtcNow.AddDays(-3);
            var document = new SubmittedDocument(
                requirement.Id,
                student.FamilyId,
                requirement.Scope == RequirementScope.Student ? student.Id : null,
                new StoredFile("piece.pdf", "application/pdf", [0x25, 0x50, 0x44, 0x46]),
                at);
            if (state == DocumentState.Validated)
            {
                document.Validate(staffId, at.AddDays(1));
            }
            else if (state == DocumentState.Refused)
            {
                document.Refuse(staffId, "Document illisible", at.AddDays(1));
            }

            db.SubmittedDocuments.Add(document);
            await db.SaveChangesAsync();
        });

    public static Task<int> MeudonCampaignIdAsync(this AppFixture app) =>
        app.WithDbAsync(db => db.Campaigns.Where(c => c.Site!.Name == "Meudon").Select(c => c.Id).SingleAsync());

    public static async Task<HttpClient> SignInMeudonSecretariatAsync(this AppFixture app)
    {
        var client = app.Factory.CreateBrowser();
        using var response = await client.SignInStaffAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    /// <summary>Waits for the mail of <paramref name="subject"/> to <paramref name="recipient"/>: the outbox sends in the background.</summary>
    public static async Task<CaughtMail> WaitForSubjectAsync(this AppFixture app, string recipient, string subject)
    {
        var deadline = DateTime.UtcNow.AddSeconds(20);
        while (DateTime.UtcNow < deadline)
        {
            if ((await app.Mail.MessagesAsync()).FirstOrDefault(m => m.IsTo(recipient) && m.Subject == subject) is { } mail)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail « {subject} » reached {recipient}.");
    }
}
