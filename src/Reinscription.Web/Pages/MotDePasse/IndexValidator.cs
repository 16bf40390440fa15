using FluentValidation;

namespace Reinscription.Web.Pages.MotDePasse;

public sealed class ChangePasswordInput
{
    public string CurrentPassword { get; set; } = "";

    public string NewPassword { get; set; } = "";

    public string Confirmation { get; set; } = "";
}

public sealed class ChangePasswordInputValidator : AbstractValidator<ChangePasswordInput>
{
    public ChangePasswordInputValidator()
    {
        RuleFor(i => i.CurrentPassword).NotEmpty().WithMessage("Saisissez votre mot de passe actuel.");
        RuleFor(i => i.NewPassword).NotEmpty().WithMessage("Saisissez le nouveau mot de passe.");
        RuleFor(i => i.Confirmation)
            .Equal(i => i.NewPassword).WithMessage("Les deux saisies du nouveau mot de passe sont différentes.");
    }
}
