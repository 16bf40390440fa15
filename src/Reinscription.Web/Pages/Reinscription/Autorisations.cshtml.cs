using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Step 2: image rights and permission to leave alone, both answered Oui or Non.</summary>
public class AutorisationsModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<AuthorisationsInput> validator)
    : WizardStepModel(db, clock)
{
    public override int StepNumber => 2;

    [BindProperty]
    public AuthorisationsInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        Input.ImageRights = Wizard.Request!.ImageRights ?? Wizard.Student.ImageRights;
        Input.MayLeaveAlone = Wizard.Request.MayLeaveAlone ?? Wizard.Student.MayLeaveAlone;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (await EnterAsync(id, cancellationToken) is { } elsewhere)
        {
            return elsewhere;
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        Wizard.Request!.ImageRights = Input.ImageRights;
        Wizard.Request.MayLeaveAlone = Input.MayLeaveAlone;
        return await SaveAndGoOnAsync(cancellationToken);
    }
}
