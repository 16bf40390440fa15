using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Everything a request holds, as step 5 and the read-only view show it.</summary>
public sealed record RequestSummary(
    string StudentName,
    string GuardianName,
    string GuardianEmail,
    string GuardianPhone,
    string Address,
    bool? ImageRights,
    bool? MayLeaveAlone,
    IReadOnlyList<RequestSummary.CourseLine> Courses,
    IReadOnlyList<RequirementStatus> Documents,
    DateTimeOffset DocumentsDeadline,
    ReenrollmentRequest Request)
{
    public static async Task<RequestSummary> LoadAsync(
        ReinscriptionDbContext db,
        Wizard wizard,
        ReenrollmentRequest request,
        CancellationToken cancellationToken)
    {
        var family = wizard.Student.Family!;
        var choices = request.Choices.ToDictionary(c => c.CurrentEnrollmentId);
        var current = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == wizard.Student.Id && e.Course!.SchoolYear!.IsCurrent)
            .Select(e => new { e.Id, Discipline = e.Course!.Discipline!.Name, e.Course.Name })
            .OrderBy(e => e.Discipline)
            .ToListAsync(cancellationToken);
        var chosenIds = request.Choices.Where(c => c.ChosenCourseId != null).Select(c => c.ChosenCourseId!.Value).ToList();
        var chosen = await db.Courses.AsNoTracking().Where(c => chosenIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var courses = current.Select(e =>
        {
            var choice = choices.GetValueOrDefault(e.Id);
            var slot = choice?.ChosenCourseId is { } courseId && chosen.TryGetValue(courseId, out var course) ? course : null;
            // An administrative campaign has no course step: every course goes on as the conservatory assigns it.
            return new CourseLine(e.Discipline, e.Name, choice?.Continues ?? !wizard.Steps.Contains(WizardSteps.Courses), slot?.SlotLabel);
        }).ToList();

        var documents = (await db.RequirementStatusesAsync(family, wizard.Campaign!.TargetSchoolYearId, [null, wizard.Student.Id], wizard.Now, cancellationToken))
            .SelectMany(statuses => statuses)
            .ToList();
        var guardian = family.Guardian1;
        return new RequestSummary(
            wizard.StudentName,
            guardian.FormalName,
            guardian.Email,
            guardian.MobilePhone ?? guardian.HomePhone ?? "",
            $"{guardian.Address}, {guardian.PostalCode} {guardian.Town}",
            request.ImageRights,
            request.MayLeaveAlone,
            courses,
            documents,
            wizard.Campaign.DocumentsDeadline,
            request);
    }

    public static string YesNo(bool? value) => value switch
    {
        true => "Oui",
        false => "Non",
        null => "Non renseigné",
    };

    public sealed record CourseLine(string Discipline, string Course, bool Continues, string? ChosenSlot)
    {
        public string NextYear => !Continues ? "Non réinscrit"
            : ChosenSlot ?? "Attribué par le conservatoire";
    }
}
