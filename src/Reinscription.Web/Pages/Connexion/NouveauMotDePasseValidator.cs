using FluentValidation;

namespace Reinscription.Web.Pages.Connexion;

public sealed class NewPasswordInput
{
    public string Password { get; set; } = "";

    public string Confirmation { get; set; } = "";
}

/// <summary>Presence and confirmation; the site's policy itself is checked by Identity's validator.</summary>
public sealed class NewPasswordInputValidator : AbstractValidator<NewPasswordInput>
{
    public NewPasswordInputValidator()
    {
        RuleFor(i => i.Password).NotEmpty().WithMessage("Saisissez le nouveau mot de passe.");
        RuleFor(i => i.Confirmation)
            .Equal(i => i.Password).WithMessage("Les deux saisies du nouveau mot de passe sont différentes.");
    }
}
