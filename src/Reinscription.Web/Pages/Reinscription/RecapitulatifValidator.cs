using FluentValidation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

public sealed class ValidationInput
{
    public bool AcceptsTerms { get; set; }
}

public sealed class ValidationInputValidator : AbstractValidator<ValidationInput>
{
    public ValidationInputValidator()
    {
        RuleFor(i => i.AcceptsTerms).Equal(true)
            .WithMessage("Cochez « J'accepte » pour valider la réinscription.");
    }
}
