using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 4: one line per course followed this year. Where next year's offer lets the family choose,
/// only the slots that still have seats are listed; assigned courses need no choice. Seats are not
/// taken here but at validation (step 5), where PostgreSQL decides. The longest page model: the offer per
/// line and its server-side check are the course-choice rules, which are to move to the Domain with the seats.
/// </summary>
public class CoursModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<CoursInput> validator)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 4;

    [BindProperty]
    public CoursInput Input { get; set; } = new();

    public IReadOnlyList<CourseLineView> Lines { get; private set; } = [];

    /// <summary>Set when validation at step 5 found a chosen slot full in the meantime.</summary>
    [TempData]
    public string? FullSlotMessage { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Lines = await LoadLinesAsync(cancellationToken);
        var request = Wizard.Request!;
        var choices = request.Choices.ToDictionary(c => c.CurrentEnrollmentId);
        Input = new CoursInput
        {
            Lines = [.. Lines.Select(l => new CourseLineInput
            {
                EnrollmentId = l.EnrollmentId,
                Continues = choices.TryGetValue(l.EnrollmentId, out var choice) ? choice.Continues : l.IsActive,
                ChosenCourseId = choice?.ChosenCourseId,
            })],
            OtherConservatory = request.OtherConservatory ?? "",
            Siblings = request.Siblings ?? "",
            FirstInstrumentWish = request.FirstInstrumentWish ?? "",
            SecondInstrumentWish = request.SecondInstrumentWish ?? "",
            CollectivePracticeWish = request.CollectivePracticeWish ?? "",
            NewDisciplines = request.NewDisciplines ?? "",
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Lines = await LoadLinesAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        CheckSlots();
        if (!ModelState.IsValid)
        {
            return Page();
        }

        Save();
        return await SaveAndGoOnAsync(cancellationToken);
    }

    /// <summary>Each continued line with slots needs one of the slots offered now; anything else is refused.</summary>
    private void CheckSlots()
    {
        var posted = Input.Lines.ToDictionary(l => l.EnrollmentId);
        Input.Lines = [.. Lines.Select(l => posted.GetValueOrDefault(l.EnrollmentId) ?? new CourseLineInput { EnrollmentId = l.EnrollmentId })];
        for (var i = 0; i < Lines.Count; i++)
        {
            var line = Lines[i];
            var input = Input.Lines[i];
            if (!input.Continues || !line.HasChoice)
            {
                input.ChosenCourseId = null;
                continue;
            }

            var key = $"Input.Lines[{i}].ChosenCourseId";
            if (input.ChosenCourseId is null)
            {
                ModelState.AddModelError(key, line.Slots.Count == 0
                    ? $"Tous les horaires de {line.Discipline} sont complets : décochez la réinscription ou contactez le secrétariat."
                    : $"Choisissez un horaire pour {line.Discipline}.");
            }
            else if (line.Slots.All(s => s.CourseId != input.ChosenCourseId))
            {
                ModelState.AddModelError(key, $"Cet horaire de {line.Discipline} n'est plus disponible : il est complet. Choisissez-en un autre.");
            }
        }
    }

    private void Save()
    {
        var request = Wizard.Request!;
        var choices = request.Choices.ToDictionary(c => c.CurrentEnrollmentId);
        foreach (var input in Input.Lines)
        {
            if (choices.TryGetValue(input.EnrollmentId, out var choice))
            {
                choice.Continues = input.Continues;
                choice.ChosenCourseId = input.ChosenCourseId;
            }
            else
            {
                request.AddChoice(new CourseChoice(input.EnrollmentId, input.Continues, input.ChosenCourseId));
            }
        }

        request.OtherConservatory = Optional(Input.OtherConservatory);
        request.Siblings = Optional(Input.Siblings);
        request.FirstInstrumentWish = Optional(Input.FirstInstrumentWish);
        request.SecondInstrumentWish = Optional(Input.SecondInstrumentWish);
        request.CollectivePracticeWish = Optional(Input.CollectivePracticeWish);
        request.NewDisciplines = Optional(Input.NewDisciplines);
    }

    private static string? Optional(string value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>This year's courses, each with next year's slots of its discipline the family may choose from, in one query.</summary>
    private async Task<IReadOnlyList<CourseLineView>> LoadLinesAsync(CancellationToken cancellationToken)
    {
        var studentId = Wizard.Student.Id;
        var siteId = Wizard.Student.Family!.SiteId;
        var targetYearId = Wizard.Campaign!.TargetSchoolYearId;
        var current = await Db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == studentId && e.Course!.SchoolYear!.IsCurrent)
            .OrderBy(e => e.Course!.Discipline!.Name)
            .Select(e => new
            {
                e.Id,
                e.IsActive,
                Discipline = e.Course!.Discipline!.Name,
                Course = e.Course.Name,
                e.Course.IsCham,
                Cycle = e.Course.Cycle == null ? null : e.Course.Cycle.Code,
                Offer = Db.Courses
                    .Where(c => c.SchoolYearId == targetYearId && c.SiteId == siteId && c.DisciplineId == e.Course.DisciplineId
                                && c.ChoiceMode == ChoiceMode.FamilyChooses)
                    .OrderBy(c => c.Name).ThenBy(c => c.Day)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return [.. current.Select(c => new CourseLineView(
            c.Id,
            c.Discipline,
            c.Course,
            c.IsCham,
            c.Cycle,
            c.IsActive,
            HasChoice: c.Offer.Count > 0,
            Slots: [.. c.Offer.Where(o => o.HasSeatLeft).Select(o => new SlotOption(o.Id, o.SlotLabel, o.SeatsLeft))]))];
    }

    public sealed record CourseLineView(
        int EnrollmentId,
        string Discipline,
        string Course,
        bool IsCham,
        string? Cycle,
        bool IsActive,
        bool HasChoice,
        IReadOnlyList<SlotOption> Slots);

    public sealed record SlotOption(int CourseId, string Label, int SeatsLeft)
    {
        public string Text => SeatsLeft == 1 ? $"{Label} (1 place)" : $"{Label} ({SeatsLeft} places)";
    }
}
