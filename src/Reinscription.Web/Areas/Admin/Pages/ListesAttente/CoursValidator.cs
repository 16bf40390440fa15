using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.ListesAttente;

public sealed class CapacityInput
{
    public int? Capacity { get; set; }
}

public sealed class CapacityInputValidator : AbstractValidator<CapacityInput>
{
    public const int LargestCapacity = 500;

    public CapacityInputValidator() =>
        RuleFor(i => i.Capacity)
            .NotNull().WithMessage("Saisissez la capacité du cours.")
            .InclusiveBetween(0, LargestCapacity).WithMessage($"La capacité doit être comprise entre 0 et {LargestCapacity}.");
}
