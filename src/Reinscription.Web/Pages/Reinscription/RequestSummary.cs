using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Seats;

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
        var choices = request.Choices.Where(c => c.CurrentEnrollmentId is not null).ToDictionary(c => c.CurrentEnrollmentId!.Value);
        var current = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == wizard.Student.Id && e.Course!.SchoolYear!.IsCurrent)
            .Select(e => new { e.Id, Discipline = e.Course!.Discipline!.Name, e.Course.Name })
            .OrderBy(e => e.Discipline)
            .ToListAsync(cancellationToken);
        var slotIds = request.Choices.SelectMany(c => new[] { c.ChosenCourseId, c.WaitlistCourseId }).OfType<int>().ToList();
        var slots = await db.Courses.AsNoTracking().Where(c => slotIds.Contains(c.Id))
            .Select(c => new { Course = c, Discipline = c.Discipline!.Name })
            .ToDictionaryAsync(c => c.Course.Id, cancellationToken);

        // Places in waiting lists exist once the request is sent; a draft, or a request waiting for nothing, needs no query.
        var places = new Dictionary<(int ChoiceId, int CourseId), WaitlistPlace>();
        if (!request.IsEditable && request.Choices.Any(c => c.WaitlistCourseId is not null))
        {
            foreach (var place in await db.WaitlistPlacesAsync(request.Id, cancellationToken))
            {
                places[(place.ChoiceId, place.CourseId)] = place;
            }
        }

        CourseLine Line(CourseChoice? choice, string discipline, string course)
        {
            var slot = choice?.ChosenCourseId is { } chosenId && slots.TryGetValue(chosenId, out var chosen) ? chosen.Course.SlotLabel : null;
            var waitlist = choice?.WaitlistCourseId is { } waitId && slots.TryGetValue(waitId, out var waited) ? waited.Course.SlotLabel : null;
            var place = choice?.WaitlistCourseId is { } courseId ? places.GetValueOrDefault((choice.Id, courseId)) : null;
            // An administrative campaign has no course step: every course goes on as the conservatory assigns it.
            return new CourseLine(discipline, course, choice?.Continues ?? !wizard.Steps.Contains(WizardSteps.Courses), slot, waitlist, place);
        }

        var courses = current.Select(e => Line(choices.GetValueOrDefault(e.Id), e.Discipline, e.Name))
            .Concat(request.Choices
                .Where(c => c.CurrentEnrollmentId is null && c.ChosenCourseId is { } id && slots.ContainsKey(id))
                .Select(c => Line(c, slots[c.ChosenCourseId!.Value].Discipline, "—")))
            .ToList();

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

    public sealed record CourseLine(
        string Discipline,
        string Course,
        bool Continues,
        string? ChosenSlot,
        string? WaitlistSlot = null,
        WaitlistPlace? Place = null)
    {
        public string NextYear => !Continues ? "Non réinscrit"
            : ChosenSlot ?? (WaitlistSlot is null ? "Attribué par le conservatoire" : "En liste d'attente");

        /// <summary>"Liste d'attente : FM 2.2 (32) - MERCREDI - 14.00 à 15.30 — 2e position sur la liste d'attente".</summary>
        public string? WaitlistText => WaitlistSlot is null ? null
            : Place is null ? $"Liste d'attente : {WaitlistSlot}"
            : $"Liste d'attente : {WaitlistSlot} — {Place.StateText}";
    }
}
