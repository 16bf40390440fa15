using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

public sealed class RefusalInput
{
    public string Reason { get; set; } = "";
}

public sealed class RefusalInputValidator : AbstractValidator<RefusalInput>
{
    public RefusalInputValidator()
    {
        RuleFor(i => i.Reason)
            .NotEmpty().WithMessage("Indiquez le motif du refus : il est envoyé à la famille.")
            .MaximumLength(500).WithMessage("Le motif ne peut dépasser 500 caractères.");
    }
}
