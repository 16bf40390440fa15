using FluentValidation;
using Reinscription.Web.Pages.Eleves;
using Reinscription.Web.Pages.Famille;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

/// <summary>Step 1 edits the guardian and the student with the very rules of the Famille and Élèves tabs.</summary>
public sealed class CoordinatesInput
{
    public GuardianInput Guardian { get; set; } = new();

    public StudentIdentityInput Student { get; set; } = new();
}

public sealed class CoordinatesInputValidator : AbstractValidator<CoordinatesInput>
{
    public CoordinatesInputValidator(IValidator<GuardianInput> guardian, IValidator<StudentIdentityInput> student)
    {
        RuleFor(i => i.Guardian).SetValidator(guardian);
        RuleFor(i => i.Student).SetValidator(student);
    }
}
