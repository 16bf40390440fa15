using FluentValidation;

namespace Reinscription.Web.Pages.Personnel;

public sealed class SecondFactorInput
{
    public string Code { get; set; } = "";
}

public sealed class SecondFactorInputValidator : AbstractValidator<SecondFactorInput>
{
    public SecondFactorInputValidator() =>
        RuleFor(i => i.Code).NotEmpty().WithMessage("Saisissez le code affiché par votre application d'authentification.");
}
