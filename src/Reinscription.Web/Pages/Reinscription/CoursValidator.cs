using FluentValidation;

namespace Reinscription.Web.Pages.ReenrollmentWizard;

public sealed class CoursInput
{
    public List<CourseLineInput> Lines { get; set; } = [];

    public string OtherConservatory { get; set; } = "";

    public string Siblings { get; set; } = "";

    public string FirstInstrumentWish { get; set; } = "";

    public string SecondInstrumentWish { get; set; } = "";

    public string CollectivePracticeWish { get; set; } = "";

    public string NewDisciplines { get; set; } = "";
}

public sealed class CourseLineInput
{
    public int EnrollmentId { get; set; }

    public bool Continues { get; set; }

    public int? ChosenCourseId { get; set; }

    /// <summary>A full slot of the same discipline the family waits for, instead of or besides the slot chosen.</summary>
    public int? WaitlistCourseId { get; set; }
}

/// <summary>
/// The free-text limits. Whether a slot is chosen and still offered depends on the next-year offer,
/// which the page checks against the database.
/// </summary>
public sealed class CoursInputValidator : AbstractValidator<CoursInput>
{
    public CoursInputValidator()
    {
        RuleFor(i => i.OtherConservatory).MaximumLength(500).WithMessage("500 caractères au plus.");
        RuleFor(i => i.Siblings).MaximumLength(500).WithMessage("500 caractères au plus.");
        RuleFor(i => i.FirstInstrumentWish).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(i => i.SecondInstrumentWish).MaximumLength(100).WithMessage("100 caractères au plus.");
        RuleFor(i => i.CollectivePracticeWish).MaximumLength(200).WithMessage("200 caractères au plus.");
        RuleFor(i => i.NewDisciplines).MaximumLength(1000).WithMessage("1000 caractères au plus.");
    }
}
