using FluentValidation;

namespace Reinscription.Web.Pages.Personnel;

public sealed class StaffLoginInput
{
    public string Email { get; set; } = "";

    public string Password { get; set; } = "";
}

public sealed class StaffLoginInputValidator : AbstractValidator<StaffLoginInput>
{
    public StaffLoginInputValidator()
    {
        RuleFor(i => i.Email)
            .NotEmpty().WithMessage("Saisissez votre adresse e-mail.")
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide.");
        RuleFor(i => i.Password).NotEmpty().WithMessage("Saisissez votre mot de passe.");
    }
}
