using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// The common gate of steps 1 to 5: the student must be the family's (404), the campaign open and the
/// request still a draft (else back to the Réinscription tab, which shows why), and the step reached and
/// part of the campaign's mode (else back to the step reached).
/// </summary>
public abstract class WizardStepModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    protected ReinscriptionDbContext Db { get; } = db;

    protected TimeProvider Clock { get; } = clock;

    public Wizard Wizard { get; private set; } = null!;

    public abstract int StepNumber { get; }

    /// <summary>Loads the wizard; returns the result to send instead of the step when it may not be shown.</summary>
    protected async Task<IActionResult?> EnterAsync(int studentId, CancellationToken cancellationToken)
    {
        var wizard = await Wizard.LoadAsync(Db, User.RequiredFamilyId(), studentId, Clock.GetUtcNow(), cancellationToken);
        if (wizard is null)
        {
            return NotFound();
        }

        Wizard = wizard;
        if (!wizard.CanEdit)
        {
            return RedirectToPage("/Reinscription/Index", new { id = studentId });
        }

        if (StepNumber > wizard.Request!.CurrentStep || !wizard.Steps.Contains(StepNumber))
        {
            return RedirectToPage(Wizard.PageOfStep(wizard.Request.CurrentStep), new { id = studentId });
        }

        return null;
    }

    /// <summary>Saves the step and goes on: progress is kept, so closing the browser loses nothing.</summary>
    protected async Task<IActionResult> SaveAndGoOnAsync(CancellationToken cancellationToken)
    {
        var next = Wizard.StepAfter(StepNumber);
        Wizard.Reach(next);
        await Db.SaveChangesAsync(cancellationToken);
        return RedirectToPage(Wizard.PageOfStep(next), new { id = Wizard.Student.Id });
    }
}
