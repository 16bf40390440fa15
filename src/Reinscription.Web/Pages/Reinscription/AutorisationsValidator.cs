using FluentValidation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

public sealed class AuthorisationsInput
{
    public bool? ImageRights { get; set; }

    public bool? MayLeaveAlone { get; set; }
}

public sealed class AuthorisationsInputValidator : AbstractValidator<AuthorisationsInput>
{
    public AuthorisationsInputValidator()
    {
        RuleFor(i => i.ImageRights).NotNull().WithMessage("Répondez Oui ou Non pour le droit à l'image.");
        RuleFor(i => i.MayLeaveAlone).NotNull().WithMessage("Répondez Oui ou Non pour l'autorisation de sortie.");
    }
}
