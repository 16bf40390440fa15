using FluentValidation;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Reinscription.Web.Pages.Eleves;
using Reinscription.Web.Pages.Famille;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Step 1 edits the guardian and the student with the very rules of the Famille and Élèves tabs.</summary>
public sealed class CoordinatesInput
{
    public GuardianInput Guardian { get; set; } = new();

    public StudentIdentityInput Student { get; set; } = new();

    /// <summary>Residency and hosting, and the payment terms when the campaign asks for them.</summary>
    public SituationInput Situation { get; set; } = new();

    /// <summary>Set by the page from the campaign, never from the form.</summary>
    [BindNever]
    public bool AsksPaymentTerms { get; set; }
}

public sealed class CoordinatesInputValidator : AbstractValidator<CoordinatesInput>
{
    public CoordinatesInputValidator(
        IValidator<GuardianInput> guardian,
        IValidator<StudentIdentityInput> student,
        IValidator<PaymentTermsInput> payment)
    {
        RuleFor(i => i.Guardian).SetValidator(guardian);
        RuleFor(i => i.Student).SetValidator(student);
        RuleFor(i => i.Situation.IsResident).NotNull().WithMessage("Indiquez si votre famille réside sur le territoire.")
            .OverridePropertyName("Situation.IsResident");
        RuleFor(i => i.Situation.Payment).SetValidator(payment).When(i => i.AsksPaymentTerms)
            .OverridePropertyName("Situation.Payment");
    }
}
