using FluentValidation;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Famille;

public sealed class FamilyIdentityInput
{
    public GuardianInput Guardian1 { get; set; } = new();

    public GuardianInput Guardian2 { get; set; } = new();
}

public sealed class FamilyIdentityInputValidator : AbstractValidator<FamilyIdentityInput>
{
    public FamilyIdentityInputValidator(TimeProvider clock)
    {
        RuleFor(i => i.Guardian1).SetValidator(new GuardianInputValidator(clock));
        RuleFor(i => i.Guardian2).SetValidator(new GuardianInputValidator(clock)).When(i => !i.Guardian2.IsBlank);
    }
}

/// <summary>Mandatory fields are those the conservatory needs to reach and invoice the family.</summary>
public sealed class GuardianInputValidator : AbstractValidator<GuardianInput>
{
    public GuardianInputValidator(TimeProvider clock)
    {
        RuleFor(g => g.Civility).IsInEnum().WithMessage("Choisissez Madame ou Monsieur.");
        RuleFor(g => g.LastName).NotEmpty().WithMessage("Saisissez le nom.").MaximumLength(100);
        RuleFor(g => g.FirstName).NotEmpty().WithMessage("Saisissez le prénom.").MaximumLength(100);
        RuleFor(g => g.BirthDate).BirthDateInThePast(clock);
        RuleFor(g => g.Address).NotEmpty().WithMessage("Saisissez l'adresse.").MaximumLength(200);
        RuleFor(g => g.PostalCode).NotEmpty().WithMessage("Saisissez le code postal.").FrenchPostalCode();
        RuleFor(g => g.Town).NotEmpty().WithMessage("Saisissez la ville.").MaximumLength(100);
        RuleFor(g => g.HomePhone).FrenchPhone();
        RuleFor(g => g.WorkPhone).FrenchPhone();
        RuleFor(g => g.ExtraPhone1).FrenchPhone();
        RuleFor(g => g.ExtraPhone2).FrenchPhone();
        RuleFor(g => g.ExtraPhone3).FrenchPhone();
        RuleFor(g => g.MobilePhone).FrenchPhone()
            .Must((g, mobile) => !string.IsNullOrWhiteSpace(mobile) || !string.IsNullOrWhiteSpace(g.HomePhone))
            .WithMessage("Indiquez au moins un numéro : mobile ou domicile.");
        RuleFor(g => g.Email).NotEmpty().WithMessage("Saisissez l'adresse e-mail.")
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide, par exemple nom@exemple.fr.")
            .MaximumLength(200);
        RuleFor(g => g.SocioProfessionalCode).Matches("^[0-9]{0,2}$")
            .WithMessage("Le code socio-professionnel compte 1 ou 2 chiffres (nomenclature INSEE).");
    }
}
