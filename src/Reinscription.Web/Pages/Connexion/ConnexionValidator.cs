using FluentValidation;

namespace Reinscription.Web.Pages.Connexion;

public sealed class LoginInput
{
    public int? SiteId { get; set; }

    public string Identifier { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class LoginInputValidator : AbstractValidator<LoginInput>
{
    public LoginInputValidator()
    {
        RuleFor(i => i.SiteId).NotNull().WithMessage("Choisissez votre site.");
        RuleFor(i => i.Identifier).NotEmpty().WithMessage("Saisissez votre identifiant.");
        RuleFor(i => i.Password).NotEmpty().WithMessage("Saisissez votre mot de passe.");
    }
}
