using FluentValidation;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

public sealed class DisciplineInput
{
    public string Name { get; set; } = "";

    public DisciplineKind Kind { get; set; }

    public static string KindLabel(DisciplineKind kind) => kind switch
    {
        DisciplineKind.MusicTheory => "Formation musicale",
        DisciplineKind.Instrument => "Instrument",
        DisciplineKind.Ensemble => "Pratique collective",
        DisciplineKind.Voice => "Voix",
        DisciplineKind.Dance => "Danse",
        _ => "Théâtre",
    };
}

public sealed class DisciplineInputValidator : AbstractValidator<DisciplineInput>
{
    public DisciplineInputValidator()
    {
        RuleFor(i => i.Name).NotEmpty().WithMessage("Saisissez le nom de la discipline, par exemple « Alto ».")
            .MaximumLength(100).WithMessage("100 caractères au maximum.");
        RuleFor(i => i.Kind).IsInEnum().WithMessage("Choisissez le type de discipline.");
    }
}
