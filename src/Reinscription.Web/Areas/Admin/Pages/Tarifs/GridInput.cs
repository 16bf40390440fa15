using System.Globalization;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Pages.Simulateur;

namespace Reinscription.Web.Areas.Admin.Pages.Tarifs;

/// <summary>A year's grid as the form shows it: amounts as typed ("66,50"), read and checked on saving.</summary>
public sealed class GridInput
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string FileFee { get; set; } = "";

    public string SecondChildReductionPercent { get; set; } = "";

    public string FurtherChildReductionPercent { get; set; } = "";

    public string RentalResidentAmount { get; set; } = "";

    public string RentalNonResidentAmount { get; set; } = "";

    public List<BracketInput> Brackets { get; set; } = [];

    public static GridInput From(TariffGrid grid)
    {
        ArgumentNullException.ThrowIfNull(grid);
        return new()
        {
            FileFee = Text(grid.FileFee),
            SecondChildReductionPercent = Text(grid.SecondChildReductionPercent),
            FurtherChildReductionPercent = Text(grid.FurtherChildReductionPercent),
            RentalResidentAmount = Text(grid.RentalResidentAmount),
            RentalNonResidentAmount = Text(grid.RentalNonResidentAmount),
            Brackets = [.. grid.BracketsInOrder.Select(b => new BracketInput
            {
                Min = b.MinQuotient.ToString(CultureInfo.InvariantCulture),
                Max = b.MaxQuotient?.ToString(CultureInfo.InvariantCulture) ?? "",
                Resident = [.. TariffCategories.All.Select(c => b.AmountsOf(c) is { } a ? Text(a.Resident) : "")],
                NonResident = [.. TariffCategories.All.Select(c => b.AmountsOf(c) is { } a ? Text(a.NonResident) : "")],
            })],
        };
    }

    public static string Text(decimal amount) => amount.ToString("0.##", French);

    /// <summary>The grid's new content, or null with each problem next to its field.</summary>
    public (decimal[] Fees, List<BracketDraft> Brackets)? Read(ModelStateDictionary modelState)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        decimal Amount(string text, string key, decimal max = decimal.MaxValue)
        {
            if (SimulationInput.ParseNumber(text) is { } value && value >= 0 && value <= max && decimal.Round(value, 2) == value)
            {
                return value;
            }

            modelState.AddModelError(key, max == 100m
                ? "Saisissez un pourcentage entre 0 et 100."
                : "Saisissez un montant en euros, positif, avec au plus deux décimales (par exemple 66,50).");
            return 0m;
        }

        var fees = new[]
        {
            Amount(FileFee, "Input.FileFee"),
            Amount(SecondChildReductionPercent, "Input.SecondChildReductionPercent", 100m),
            Amount(FurtherChildReductionPercent, "Input.FurtherChildReductionPercent", 100m),
            Amount(RentalResidentAmount, "Input.RentalResidentAmount"),
            Amount(RentalNonResidentAmount, "Input.RentalNonResidentAmount"),
        };
        List<(int Min, int? Max)> bounds = [];
        List<BracketDraft> drafts = [];
        for (var i = 0; i < Brackets.Count; i++)
        {
            var bracket = Brackets[i];
            var min = Bound(bracket.Min, $"Input.Brackets[{i}].Min", modelState, required: true) ?? 0;
            var max = Bound(bracket.Max, $"Input.Brackets[{i}].Max", modelState, required: false);
            bounds.Add((min, max));
            var amounts = new Dictionary<TariffCategory, (decimal, decimal)>();
            for (var c = 0; c < TariffCategories.All.Count; c++)
            {
                var resident = bracket.Resident.ElementAtOrDefault(c) ?? "";
                var nonResident = bracket.NonResident.ElementAtOrDefault(c) ?? "";
                if (resident.Trim().Length > 0 || nonResident.Trim().Length > 0)
                {
                    amounts[TariffCategories.All[c]] = (
                        Amount(resident, $"Input.Brackets[{i}].Resident[{c}]"),
                        Amount(nonResident, $"Input.Brackets[{i}].NonResident[{c}]"));
                }
            }

            drafts.Add(new BracketDraft(min, max, amounts));
        }

        if (modelState.IsValid)
        {
            foreach (var problem in TariffGrid.CheckBounds(bounds))
            {
                modelState.AddModelError($"Input.Brackets[{problem.Index}].{problem.Field}", problem.Message);
            }
        }

        return modelState.IsValid ? (fees, drafts) : null;
    }

    private static int? Bound(string text, string key, ModelStateDictionary modelState, bool required)
    {
        if (text.Trim().Length == 0 && !required)
        {
            return null;
        }

        if (int.TryParse(text.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        modelState.AddModelError(key, "Saisissez un quotient en chiffres, sans décimale.");
        return null;
    }
}

public sealed class BracketInput
{
    public string Min { get; set; } = "";

    /// <summary>Empty for the last, the ceiling.</summary>
    public string Max { get; set; } = "";

    /// <summary>One amount per category, in <see cref="TariffCategories.All"/> order; empty when the category is not offered.</summary>
    public List<string> Resident { get; set; } = [];

    public List<string> NonResident { get; set; } = [];
}
