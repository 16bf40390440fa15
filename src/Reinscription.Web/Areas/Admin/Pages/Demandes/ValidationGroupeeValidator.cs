using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>The number of requests the person saw before clicking: validation goes ahead only if it still holds.</summary>
public sealed class BulkValidationInput
{
    public int Count { get; set; }
}

public sealed class BulkValidationInputValidator : AbstractValidator<BulkValidationInput>
{
    public BulkValidationInputValidator()
    {
        RuleFor(i => i.Count).GreaterThan(0).WithMessage("Aucune demande n'est à valider.");
    }
}
