using System.Globalization;
using FluentValidation;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Pages.Simulateur;

/// <summary>What a parent types in the simulator: kept as text, so that "abc" gets a French message rather than a binding error.</summary>
public sealed class SimulationInput
{
    public const int ChildRows = 4;

    public int? YearId { get; set; }

    public string Quotient { get; set; } = "";

    public string ReferenceIncome { get; set; } = "";

    public string Shares { get; set; } = "";

    public bool IsResident { get; set; } = true;

    public List<ChildInput> Children { get; set; } = [];

    /// <summary>Always <see cref="ChildRows"/> rows, whatever the query string held.</summary>
    public void PadChildren()
    {
        Children = [.. Children.Take(ChildRows)];
        while (Children.Count < ChildRows)
        {
            Children.Add(new ChildInput());
        }
    }

    /// <summary>"41 400,50", "41400.50", "2,5": the ways people write amounts and shares.</summary>
    public static decimal? ParseNumber(string text)
    {
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '\u202f').ToArray()).Replace(',', '.');
        return decimal.TryParse(compact, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : null;
    }

    public int? QuotientValue => ParseNumber(Quotient) is { } q && q == decimal.Truncate(q) && q <= int.MaxValue ? (int)q : null;
}

public sealed class ChildInput
{
    public string Name { get; set; } = "";

    public List<TariffCategory> Categories { get; set; } = [];

    public bool RentsInstrument { get; set; }
}

public sealed class SimulationInputValidator : AbstractValidator<SimulationInput>
{
    public SimulationInputValidator()
    {
        RuleFor(i => i.Quotient)
            .Must(q => q.Trim().Length == 0 || (SimulationInput.ParseNumber(q) is { } v && v >= 0 && v == decimal.Truncate(v) && v <= int.MaxValue))
            .WithMessage("Le quotient familial s'écrit en chiffres, sans lettre ni décimale, par exemple 712.")
            .Must((i, q) => q.Trim().Length == 0 || (i.ReferenceIncome.Trim().Length == 0 && i.Shares.Trim().Length == 0))
            .WithMessage("Indiquez soit le quotient familial, soit le revenu fiscal de référence et le nombre de parts, pas les deux.");
        RuleFor(i => i.ReferenceIncome)
            .Must(r => r.Trim().Length == 0 || SimulationInput.ParseNumber(r) is >= 0)
            .WithMessage("Le revenu fiscal de référence s'écrit en euros, en chiffres, par exemple 41 400.")
            .Must((i, r) => r.Trim().Length > 0 || i.Shares.Trim().Length == 0)
            .WithMessage("Indiquez aussi le revenu fiscal de référence de l'avis d'imposition.");
        RuleFor(i => i.Shares)
            .Must(s => s.Trim().Length == 0 || SimulationInput.ParseNumber(s) is > 0 and <= 20)
            .WithMessage("Le nombre de parts est un nombre positif, par exemple 1, 2 ou 2,5.")
            .Must((i, s) => s.Trim().Length > 0 || i.ReferenceIncome.Trim().Length == 0)
            .WithMessage("Indiquez le nombre de parts de l'avis d'imposition.");
        RuleForEach(i => i.Children).ChildRules(child =>
            child.RuleFor(c => c.Name).MaximumLength(50).WithMessage("50 caractères au maximum."));
        RuleFor(i => i.Children)
            .Must(children => children.Any(c => c.Categories.Count > 0))
            .WithMessage("Cochez au moins un cours pour au moins un enfant.")
            .OverridePropertyName("Children[0].Categories");
    }
}
