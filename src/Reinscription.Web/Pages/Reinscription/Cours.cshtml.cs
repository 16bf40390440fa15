using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Data;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 4: one line per course followed this year. Where next year's offer lets the family choose, the slots
/// with seats are offered and the full ones may be waited for (waiting list); assigned courses need no choice.
/// Seats are not taken here but at validation (step 5), where PostgreSQL decides. The lines are saved under the
/// request's row lock, read again there: a step 5 sent meanwhile wins, and this step then changes nothing.
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

        Lines = await CourseOffer.LoadAsync(Db, Wizard, cancellationToken);
        var request = Wizard.Request!;
        var choices = request.Choices.Where(c => c.CurrentEnrollmentId is not null).ToDictionary(c => c.CurrentEnrollmentId!.Value);
        Input = new CoursInput
        {
            Lines = [.. Lines.Select(l => new CourseLineInput
            {
                EnrollmentId = l.EnrollmentId,
                Continues = choices.TryGetValue(l.EnrollmentId, out var choice) ? choice.Continues : l.IsActive,
                ChosenCourseId = choice?.ChosenCourseId,
                WaitlistCourseId = choice?.WaitlistCourseId,
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

        Lines = await CourseOffer.LoadAsync(Db, Wizard, cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        CourseOffer.Check(Lines, Input, ModelState);
        if (!ModelState.IsValid)
        {
            return Page();
        }

        return await SaveUnderLockAsync(id, cancellationToken);
    }

    private async Task<IActionResult> SaveUnderLockAsync(int id, CancellationToken cancellationToken)
    {
        var requestId = Wizard.Request!.Id;
        Db.ChangeTracker.Clear();
        await using var transaction = await Db.Database.BeginTransactionAsync(cancellationToken);
        if (await Db.LockRequestAsync(requestId, cancellationToken) is not { IsEditable: true } request)
        {
            // Validated (or declined) meanwhile in another tab: the tab shows the request as it was sent.
            return RedirectToPage("/Reinscription/Index", new { id });
        }

        foreach (var line in Input.Lines)
        {
            request.ChooseCourse(line.EnrollmentId, line.Continues, line.ChosenCourseId, line.WaitlistCourseId);
        }

        request.ChangeWishes(new RequestWishes(
            Input.OtherConservatory, Input.Siblings, Input.FirstInstrumentWish, Input.SecondInstrumentWish,
            Input.CollectivePracticeWish, Input.NewDisciplines));
        if (request.CurrentStep <= StepNumber)
        {
            request.ReachStep(StepNumber + 1);
        }

        await Db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage(Wizard.PageOfStep(StepNumber + 1), new { id });
    }
}
