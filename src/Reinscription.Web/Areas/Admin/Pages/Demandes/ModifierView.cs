using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// What the Modifier page shows of a request: each line with its seat and the slots it may move to, the
/// conservatory-assigned courses held or awaited with the courses that may be assigned, and the family's wishes.
/// </summary>
public sealed class ModifierView
{
    public required ReenrollmentRequest Request { get; init; }

    /// <summary>Lines holding a slot the family chose: each may move to another slot of its discipline.</summary>
    public required IReadOnlyList<SlotLine> Slots { get; init; }

    /// <summary>Courses the conservatory assigned: each may be taken back.</summary>
    public required IReadOnlyList<AssignedLine> Assigned { get; init; }

    /// <summary>This year's courses continued whose discipline the conservatory assigns and that have no course yet.</summary>
    public required IReadOnlyList<AssignedLine> Awaiting { get; init; }

    /// <summary>Next year's assigned courses of the site (CHAM, instruments, orchestras, dance), by discipline.</summary>
    public required IReadOnlyList<CourseOption> Assignable { get; init; }

    public RequestWishes Wishes => Request.Wishes;

    public static async Task<ModifierView?> LoadAsync(ReinscriptionDbContext db, int staffId, int requestId, CancellationToken cancellationToken)
    {
        if (await db.RequestOnSitesOfAsync(staffId, requestId, cancellationToken) is not { } request)
        {
            return null;
        }

        var siteId = request.Student!.Family!.SiteId;
        var offer = await db.Courses.AsNoTracking()
            .Where(c => c.SiteId == siteId && c.SchoolYearId == request.Campaign!.TargetSchoolYearId)
            .Include(c => c.Discipline)
            .OrderBy(c => c.Discipline!.Name).ThenBy(c => c.Name).ThenBy(c => c.Day)
            .ToListAsync(cancellationToken);
        var enrollmentIds = request.Choices.Select(c => c.CurrentEnrollmentId).OfType<int>().ToList();
        var thisYear = await db.Enrollments.AsNoTracking().Where(e => enrollmentIds.Contains(e.Id))
            .Select(e => new { e.Id, e.Course!.DisciplineId, Discipline = e.Course.Discipline!.Name, e.Course.Name })
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        var places = request.Choices.Any(c => c.WaitlistCourseId is not null)
            ? (await db.WaitlistPlacesAsync(request.Id, cancellationToken)).ToDictionary(p => (p.ChoiceId, p.CourseId))
            : new Dictionary<(int ChoiceId, int CourseId), WaitlistPlace>();
        var byId = offer.ToDictionary(c => c.Id);

        var slots = new List<SlotLine>();
        var assigned = new List<AssignedLine>();
        var awaiting = new List<AssignedLine>();
        foreach (var choice in request.Choices.Where(c => c.Continues))
        {
            var current = choice.CurrentEnrollmentId is { } enrollmentId ? thisYear.GetValueOrDefault(enrollmentId) : null;
            var waitlist = choice.WaitlistCourseId is { } waitId && byId.TryGetValue(waitId, out var waited)
                ? $"Liste d'attente : {waited.SlotLabel}" + (places.TryGetValue((choice.Id, waitId), out var place) ? $" — {place.StateText}" : "")
                : null;
            if (choice is { SeatTaken: true, ChosenCourseId: { } held } && byId.TryGetValue(held, out var course))
            {
                if (course.ChoiceMode == ChoiceMode.FamilyChooses)
                {
                    var alternatives = offer.Where(o => o.DisciplineId == course.DisciplineId && o.Id != course.Id && o.ChoiceMode == ChoiceMode.FamilyChooses);
                    slots.Add(new SlotLine(choice.Id, course.Discipline!.Name, course.SlotLabel, [.. alternatives.Select(CourseOption.Of)], waitlist));
                }
                else
                {
                    assigned.Add(new AssignedLine(choice.Id, course.Discipline!.Name, course.SlotLabel));
                }
            }
            else if (current is not null && !offer.Any(o => o.DisciplineId == current.DisciplineId && o.ChoiceMode == ChoiceMode.FamilyChooses))
            {
                awaiting.Add(new AssignedLine(choice.Id, current.Discipline, $"{current.Name} cette année"));
            }
            else if (current is not null && waitlist is not null)
            {
                slots.Add(new SlotLine(choice.Id, current.Discipline, "aucun horaire", [], waitlist));
            }
        }

        return new ModifierView
        {
            Request = request,
            Slots = slots,
            Assigned = assigned,
            Awaiting = awaiting,
            Assignable = [.. offer.Where(o => o.ChoiceMode == ChoiceMode.Assigned).Select(CourseOption.Of)],
        };
    }

    public sealed record SlotLine(int ChoiceId, string Discipline, string Current, IReadOnlyList<CourseOption> Alternatives, string? Waitlist);

    public sealed record AssignedLine(int ChoiceId, string Discipline, string Course);

    public sealed record CourseOption(int CourseId, string Discipline, string Label, int Capacity, int SeatsLeft)
    {
        public string Text => SeatsLeft <= 0
            ? $"{Discipline} — {Label} (complet, {Capacity} places)"
            : $"{Discipline} — {Label} ({SeatsLeft} place{(SeatsLeft > 1 ? "s" : "")} sur {Capacity})";

        public static CourseOption Of(Course course) =>
            new(course.Id, course.Discipline!.Name, course.SlotLabel, course.Capacity, course.SeatsLeft);
    }
}
