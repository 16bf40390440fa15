using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 4's offer: this year's courses, each with next year's slots of its discipline the family chooses from,
/// with seats (to choose) or full (to wait for); and the check of a posted form against that offer. Whether a
/// seat is left is only read here (<see cref="Course.SeatsLeft"/>) to show the offer; validation decides (Seats/SeatLedger).
/// </summary>
public static class CourseOffer
{
    /// <summary>
    /// Compiled once: step 4 is the page of the opening minute, and building and looking up this LINQ tree on
    /// every request cost more CPU than PostgreSQL spends answering it (decision record 079).
    /// </summary>
    private static readonly Func<ReinscriptionDbContext, int, int, int, IAsyncEnumerable<CurrentCourse>> CurrentCoursesOf =
        EF.CompileAsyncQuery((ReinscriptionDbContext db, int studentId, int siteId, int targetYearId) =>
            db.Enrollments.AsNoTracking()
                .Where(e => e.StudentId == studentId && e.Course!.SchoolYear!.IsCurrent)
                .OrderBy(e => e.Course!.Discipline!.Name)
                .Select(e => new CurrentCourse
                {
                    EnrollmentId = e.Id,
                    IsActive = e.IsActive,
                    Discipline = e.Course!.Discipline!.Name,
                    Course = e.Course.Name,
                    IsCham = e.Course.IsCham,
                    Cycle = e.Course.Cycle == null ? null : e.Course.Cycle.Code,
                    Offer = db.Courses
                        .Where(c => c.SchoolYearId == targetYearId && c.SiteId == siteId && c.DisciplineId == e.Course.DisciplineId
                                    && c.ChoiceMode == ChoiceMode.FamilyChooses)
                        .OrderBy(c => c.Name).ThenBy(c => c.Day)
                        .ToList(),
                }));

    /// <summary>This year's courses of the wizard's student, with their next-year slots, in one query.</summary>
    public static async Task<IReadOnlyList<CourseLineView>> LoadAsync(ReinscriptionDbContext db, Wizard wizard, CancellationToken cancellationToken)
    {
        var lines = new List<CourseLineView>();
        var current = CurrentCoursesOf(db, wizard.Student.Id, wizard.Student.Family!.SiteId, wizard.Campaign!.TargetSchoolYearId);
        await foreach (var c in current.WithCancellation(cancellationToken))
        {
            lines.Add(new CourseLineView(
                c.EnrollmentId,
                c.Discipline,
                c.Course,
                c.IsCham,
                c.Cycle,
                c.IsActive,
                [.. c.Offer.Select(o => new SlotOption(o.Id, o.SlotLabel, o.SeatsLeft))]));
        }

        return lines;
    }

    /// <summary>
    /// Lines the posted form up with the offer (one line per course, whatever was posted) and adds a French
    /// message next to each field the offer does not allow: a slot of another discipline, site or year, a full
    /// slot chosen, a slot with seats put on a waiting list, nothing chosen, the same course posted twice.
    /// </summary>
    public static void Check(IReadOnlyList<CourseLineView> lines, CoursInput input, ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(modelState);
        if (input.Lines.GroupBy(l => l.EnrollmentId).Any(g => g.Count() > 1))
        {
            modelState.AddModelError(string.Empty, "Un même cours a été envoyé deux fois : vérifiez vos choix ci-dessous puis enregistrez à nouveau.");
        }

        var posted = input.Lines.GroupBy(l => l.EnrollmentId).ToDictionary(g => g.Key, g => g.First());
        input.Lines = [.. lines.Select(l => posted.GetValueOrDefault(l.EnrollmentId) ?? new CourseLineInput { EnrollmentId = l.EnrollmentId })];
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            var answer = input.Lines[i];
            answer.EnrollmentId = line.EnrollmentId;
            if (!answer.Continues || !line.HasChoice)
            {
                answer.ChosenCourseId = null;
                answer.WaitlistCourseId = null;
                continue;
            }

            var chosenKey = $"Input.Lines[{i}].ChosenCourseId";
            var waitKey = $"Input.Lines[{i}].WaitlistCourseId";
            var chosen = line.Slots.SingleOrDefault(s => s.CourseId == answer.ChosenCourseId);
            var waited = line.Slots.SingleOrDefault(s => s.CourseId == answer.WaitlistCourseId);
            if (answer.ChosenCourseId is not null && chosen is null)
            {
                modelState.AddModelError(chosenKey, $"Cet horaire n'est pas proposé en {line.Discipline} : choisissez-en un dans la liste.");
            }
            else if (chosen is { IsFull: true })
            {
                modelState.AddModelError(chosenKey, $"Cet horaire de {line.Discipline} n'est plus disponible : il est complet. Choisissez-en un autre, ou sa liste d'attente.");
            }

            if (answer.WaitlistCourseId is not null && waited is null)
            {
                modelState.AddModelError(waitKey, $"Cet horaire n'est pas proposé en {line.Discipline} : choisissez une liste d'attente dans la liste.");
            }
            else if (waited is { IsFull: false })
            {
                modelState.AddModelError(waitKey, $"Cet horaire de {line.Discipline} a des places : choisissez-le directement.");
            }

            if (answer.ChosenCourseId is null && answer.WaitlistCourseId is null)
            {
                modelState.AddModelError(chosenKey, line.Open.Count == 0
                    ? $"Tous les horaires de {line.Discipline} sont complets : choisissez une liste d'attente, décochez la réinscription ou contactez le secrétariat."
                    : $"Choisissez un horaire pour {line.Discipline}.");
            }
        }
    }
}

/// <summary>A course the student follows this year, with next year's slots of its discipline, as the query reads it.</summary>
internal sealed class CurrentCourse
{
    public int EnrollmentId { get; init; }

    public bool IsActive { get; init; }

    public required string Discipline { get; init; }

    public required string Course { get; init; }

    public bool IsCham { get; init; }

    public string? Cycle { get; init; }

    public required List<Course> Offer { get; init; }
}

public sealed record CourseLineView(
    int EnrollmentId,
    string Discipline,
    string Course,
    bool IsCham,
    string? Cycle,
    bool IsActive,
    IReadOnlyList<SlotOption> Slots)
{
    /// <summary>The family chooses a slot for this course; otherwise the conservatory assigns one.</summary>
    public bool HasChoice => Slots.Count > 0;

    public IReadOnlyList<SlotOption> Open => [.. Slots.Where(s => !s.IsFull)];

    public IReadOnlyList<SlotOption> Full => [.. Slots.Where(s => s.IsFull)];
}

public sealed record SlotOption(int CourseId, string Label, int SeatsLeft)
{
    public bool IsFull => SeatsLeft <= 0;

    public string Text => IsFull ? $"{Label} (complet — liste d'attente)"
        : SeatsLeft == 1 ? $"{Label} (1 place)"
        : $"{Label} ({SeatsLeft} places)";
}
