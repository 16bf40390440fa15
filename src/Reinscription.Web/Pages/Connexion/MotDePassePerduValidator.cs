using FluentValidation;

namespace Reinscription.Web.Pages.Connexion;

public sealed class LostPasswordInput
{
    public int? SiteId { get; set; }

    public string Identifier { get; set; } = "";

    public string Email { get; set; } = "";
}

public sealed class LostPasswordInputValidator : AbstractValidator<LostPasswordInput>
{
    public LostPasswordInputValidator()
    {
        RuleFor(i => i.SiteId).NotNull().WithMessage("Choisissez votre site.");
        RuleFor(i => i.Identifier).NotEmpty().WithMessage("Saisissez votre identifiant.");
        RuleFor(i => i.Email)
            .NotEmpty().WithMessage("Saisissez l'adresse e-mail transmise au conservatoire.")
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.");
    }
}
