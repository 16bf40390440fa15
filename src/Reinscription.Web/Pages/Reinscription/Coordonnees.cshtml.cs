using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Pages.Eleves;
using Reinscription.Web.Pages.Famille;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>
/// Step 1: the guardian's and the student's coordinates, prefilled. Changes follow the pending-change
/// rule of the Famille and Élèves tabs: staff validate them, the wizard goes on meanwhile.
/// </summary>
public class CoordonneesModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<CoordinatesInput> validator)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 1;

    [BindProperty]
    public CoordinatesInput Input { get; set; } = new();

    public bool GuardianPending { get; private set; }

    public bool StudentPending { get; private set; }

    public string GuardianContact { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var shown = await ShownAsync(cancellationToken);
        Input = new CoordinatesInput
        {
            Guardian = GuardianInput.From(shown.Guardian),
            Student = StudentIdentityInput.From(shown.Student),
            Situation = SituationInput.From(Wizard.Student.Family!),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var shown = await ShownAsync(cancellationToken);

        // Authorisations are step 2's: the student's own stay as they are here.
        Input.Student.ImageRights = shown.Student.ImageRights;
        Input.Student.MayLeaveAlone = shown.Student.MayLeaveAlone;
        Input.AsksPaymentTerms = Wizard.Campaign!.AsksPaymentTerms;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var family = Wizard.Student.Family!;
        FamilySituation.Apply(Db, User, family, Input.Situation, Input.AsksPaymentTerms ? Input.Situation.Payment : null, Wizard.Now);
        await Db.ProposeChangeAsync(
            family.Id, null, ChangeSubject.Guardian1, GuardianDetails.From(family.Guardian1), Input.Guardian.ToDetails(),
            Acknowledgement(family, "vos coordonnées"), Wizard.Now, cancellationToken);
        await Db.ProposeChangeAsync(
            family.Id, Wizard.Student.Id, ChangeSubject.Student, StudentDetails.From(Wizard.Student), Input.Student.ToDetails(),
            Acknowledgement(family, $"la fiche de {Wizard.StudentName}"), Wizard.Now, cancellationToken);
        return await SaveAndGoOnAsync(cancellationToken);
    }

    private static MailMessage Acknowledgement(Family family, string what) => new(
        family.Guardian1.Email,
        "Modification enregistrée pendant la réinscription",
        $"Bonjour {family.Guardian1.FormalName},",
        [
            $"Nous avons bien reçu la modification de {what}, faite pendant la réinscription.",
            "Elle sera appliquée dès que le conservatoire l'aura validée.",
        ],
        family.Site!);

    /// <summary>The family's pending proposals where there are some, else the records.</summary>
    private async Task<(GuardianDetails Guardian, StudentDetails Student)> ShownAsync(CancellationToken cancellationToken)
    {
        var family = Wizard.Student.Family!;
        var guardian = await Db.PendingProposalAsync<GuardianDetails>(family.Id, ChangeSubject.Guardian1, null, cancellationToken);
        var student = await Db.PendingProposalAsync<StudentDetails>(family.Id, ChangeSubject.Student, Wizard.Student.Id, cancellationToken);
        GuardianPending = guardian is not null;
        StudentPending = student is not null;
        GuardianContact = $"{family.Guardian1.Address}, {family.Guardian1.PostalCode} {family.Guardian1.Town}";
        return (guardian ?? GuardianDetails.From(family.Guardian1), student ?? StudentDetails.From(Wizard.Student));
    }
}
