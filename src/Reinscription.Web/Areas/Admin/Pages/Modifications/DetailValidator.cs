using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Modifications;

public sealed class RejectionInput
{
    public string Reason { get; set; } = "";
}

public sealed class RejectionInputValidator : AbstractValidator<RejectionInput>
{
    public RejectionInputValidator()
    {
        RuleFor(i => i.Reason)
            .NotEmpty().WithMessage("Indiquez le motif du refus : il est envoyé à la famille.")
            .MaximumLength(500).WithMessage("Le motif ne peut dépasser 500 caractères.");
    }
}
