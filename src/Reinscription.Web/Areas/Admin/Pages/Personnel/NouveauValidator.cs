using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Personnel;

public sealed class NewStaffInput
{
    public int? SiteId { get; set; }

    public string FullName { get; set; } = "";

    public string Email { get; set; } = "";
}

public sealed class NewStaffInputValidator : AbstractValidator<NewStaffInput>
{
    public NewStaffInputValidator()
    {
        RuleFor(i => i.SiteId).NotNull().WithMessage("Choisissez le site.");
        RuleFor(i => i.FullName)
            .NotEmpty().WithMessage("Saisissez le prénom et le nom.")
            .MaximumLength(200).WithMessage("200 caractères au maximum.");
        RuleFor(i => i.Email)
            .NotEmpty().WithMessage("Saisissez l'adresse e-mail : le lien pour choisir le mot de passe y est envoyé.")
            .EmailAddress().WithMessage("Saisissez une adresse e-mail valide, par exemple prenom.nom@exemple.fr.")
            .MaximumLength(200).WithMessage("200 caractères au maximum.");
    }
}
