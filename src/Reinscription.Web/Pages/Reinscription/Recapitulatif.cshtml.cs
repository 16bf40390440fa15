using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Metrics;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 5: everything entered, "J'accepte" and "Valider". <see cref="RequestSubmission"/> sends the request,
/// takes the chosen seats and the places in waiting lists, or names the slot that filled up meanwhile.
/// </summary>
public class RecapitulatifModel(
    ReinscriptionDbContext db,
    TimeProvider clock,
    IValidator<ValidationInput> validator,
    IOptions<PortalOptions> portal,
    ReinscriptionMetrics metrics)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 5;

    [BindProperty]
    public ValidationInput Input { get; set; } = new();

    public RequestSummary Summary { get; private set; } = null!;

    /// <summary>Set when the course lines changed in another tab between this page and its validation.</summary>
    [TempData]
    public string? ChangedMessage { get; set; }

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

        var links = new OfferLinks(PublicUrl.BaseOf(this, portal.Value));
        var result = await new RequestSubmission(Db, Wizard, links, metrics).SubmitAsync(cancellationToken);
        switch (result.Outcome)
        {
            case SubmissionOutcome.SlotFull:
                TempData[nameof(CoursModel.FullSlotMessage)] =
                    $"Le cours {result.FullSlot} est désormais complet : aucune place n'a été prise et votre demande n'est pas encore validée. " +
                    "Choisissez un autre horaire, ou sa liste d'attente, puis validez à nouveau ; le reste de votre saisie est conservé.";
                return RedirectToPage("/Reinscription/Cours", new { id });
            case SubmissionOutcome.ChoicesChanged:
                ChangedMessage = "Vos choix de cours ont été modifiés entre-temps, peut-être dans une autre fenêtre : " +
                    "rien n'a été transmis. Vérifiez le récapitulatif ci-dessous puis validez à nouveau.";
                return RedirectToPage("/Reinscription/Recapitulatif", new { id });
            default:
                return RedirectToPage("/Reinscription/Finalisation", new { id });
        }
    }
}
