using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Pages.Famille;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 1: the guardian's coordinates, prefilled. Changes follow the pending-change rule of the
/// Famille tab: staff validate them, the wizard goes on meanwhile.
/// </summary>
public class CoordonneesModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<GuardianInput> validator)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 1;

    [BindProperty]
    public GuardianInput Input { get; set; } = new();

    public bool Pending { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Input = GuardianInput.From(await ShownGuardianAsync(cancellationToken));
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        await ShownGuardianAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var family = Wizard.Student.Family!;
        await Db.ProposeChangeAsync(
            family.Id,
            null,
            ChangeSubject.Guardian1,
            GuardianDetails.From(family.Guardian1),
            Input.ToDetails(),
            new MailMessage(
                family.Guardian1.Email,
                "Modification de vos coordonnées enregistrée",
                $"Bonjour {family.Guardian1.FormalName},",
                [
                    "Nous avons bien reçu la modification de vos coordonnées faite pendant la réinscription.",
                    "Elle sera appliquée dès que le conservatoire l'aura validée.",
                ],
                family.Site!),
            Wizard.Now,
            cancellationToken);
        return await SaveAndGoOnAsync(cancellationToken);
    }

    /// <summary>The family's pending proposal when there is one, else the record.</summary>
    private async Task<GuardianDetails> ShownGuardianAsync(CancellationToken cancellationToken)
    {
        var family = Wizard.Student.Family!;
        var pending = await Db.PendingChanges.AsNoTracking()
            .Where(c => c.FamilyId == family.Id && c.Subject == ChangeSubject.Guardian1 && c.Status == ChangeStatus.Pending)
            .Select(c => c.ProposedValuesJson)
            .SingleOrDefaultAsync(cancellationToken);
        Pending = pending is not null;
        return pending is null ? GuardianDetails.From(family.Guardian1) : PendingChangeRequests.Deserialize<GuardianDetails>(pending);
    }
}
