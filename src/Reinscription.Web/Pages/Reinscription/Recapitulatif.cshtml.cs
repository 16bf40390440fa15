using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Metrics;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 5: everything entered, "J'accepte" and "Valider". <see cref="RequestSubmission"/> sends the request
/// and takes the chosen seats, or names the slot that filled up meanwhile.
/// </summary>
public class RecapitulatifModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<ValidationInput> validator, ReinscriptionMetrics metrics)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 5;

    [BindProperty]
    public ValidationInput Input { get; set; } = new();

    public RequestSummary Summary { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Summary = await RequestSummary.LoadAsync(Db, Wizard, Wizard.Request!, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            // A replayed or double-clicked validation lands on the confirmation of the request already sent.
            return Wizard is { Request: { Wish: ReenrollmentWish.Reenrol, IsEditable: false } }
                ? RedirectToPage("/Reinscription/Finalisation", new { id })
                : elsewhere;
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            Summary = await RequestSummary.LoadAsync(Db, Wizard, Wizard.Request!, cancellationToken);
            return Page();
        }

        if (await new RequestSubmission(Db, Wizard, metrics).SubmitAsync(cancellationToken) is { } full)
        {
            TempData[nameof(CoursModel.FullSlotMessage)] =
                $"Le cours {full} est désormais complet : aucune place n'a été prise et votre demande n'est pas encore validée. " +
                "Choisissez un autre horaire puis validez à nouveau ; le reste de votre saisie est conservé.";
            return RedirectToPage("/Reinscription/Cours", new { id });
        }

        return RedirectToPage("/Reinscription/Finalisation", new { id });
    }
}
