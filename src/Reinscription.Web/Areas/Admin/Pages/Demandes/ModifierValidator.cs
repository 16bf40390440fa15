using FluentValidation;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>Move one line of the request to another slot of its discipline.</summary>
public sealed class MoveInput
{
    public int ChoiceId { get; set; }

    public int? CourseId { get; set; }
}

/// <summary>Assign a course the conservatory decides, to a line waiting for it or as a new course.</summary>
public sealed class AssignInput
{
    public int? ChoiceId { get; set; }

    public int? CourseId { get; set; }
}

public sealed class MoveInputValidator : AbstractValidator<MoveInput>
{
    public MoveInputValidator() =>
        RuleFor(i => i.CourseId).NotNull().WithMessage("Choisissez le nouvel horaire.");
}

public sealed class AssignInputValidator : AbstractValidator<AssignInput>
{
    public AssignInputValidator() =>
        RuleFor(i => i.CourseId).NotNull().WithMessage("Choisissez le cours à attribuer.");
}
