namespace Reinscription.Domain.Tariffs;

/// <summary>A child as the fees see it: a name for the lines, the categories followed, an instrument rented.</summary>
/// <param name="RentedInstrument">Null when the child rents nothing; empty for an instrument not named yet.</param>
/// <param name="BirthDate">Among children whose tuition is equal, the eldest is counted first.</param>
public sealed record Enrolee(
    string Name,
    IReadOnlyCollection<TariffCategory> Categories,
    string? RentedInstrument = null,
    int? StudentId = null,
    DateOnly? BirthDate = null);

public sealed record FeeLine(string Label, decimal Amount, int? StudentId = null);

/// <summary>
/// A family's fees for a year: the tuition lines (file fee, one line per child and category, the
/// sibling reductions) and the rental lines. The simulator and the invoices both come from here.
/// </summary>
public sealed class FeeQuote
{
    private FeeQuote(TariffBracket bracket, bool isResident, IReadOnlyList<FeeLine> tuition, IReadOnlyList<FeeLine> rental)
    {
        Bracket = bracket;
        IsResident = isResident;
        TuitionLines = tuition;
        RentalLines = rental;
    }

    public TariffBracket Bracket { get; }

    public bool IsResident { get; }

    public IReadOnlyList<FeeLine> TuitionLines { get; }

    public IReadOnlyList<FeeLine> RentalLines { get; }

    public decimal TuitionTotal => TuitionLines.Sum(l => l.Amount);

    public decimal RentalTotal => RentalLines.Sum(l => l.Amount);

    public decimal Total => TuitionTotal + RentalTotal;

    /// <summary>
    /// The children are ranked by their tuition, highest first (the eldest first among equals): the
    /// first pays in full, the reduction of its rank is taken off each following one. A reduction is
    /// the only amount computed rather than read from the grid, and it is rounded to the cent once.
    /// </summary>
    public static FeeQuote Compute(TariffGrid grid, int? quotient, bool isResident, IReadOnlyList<Enrolee> enrolees)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(enrolees);
        var bracket = grid.BracketFor(quotient);
        var billed = enrolees
            .Select((enrolee, index) =>
            {
                var lines = enrolee.Categories.Distinct().Order()
                    .Select(category => new FeeLine(
                        $"{category.Label()} - {enrolee.Name} (tranche {bracket.Number})",
                        bracket.AmountFor(category, isResident),
                        enrolee.StudentId))
                    .ToList();
                return (Enrolee: enrolee, Index: index, Lines: lines, Subtotal: lines.Sum(l => l.Amount));
            })
            .Where(b => b.Lines.Count > 0)
            .ToList();
        var ranks = billed
            .OrderByDescending(b => b.Subtotal)
            .ThenBy(b => b.Enrolee.BirthDate ?? DateOnly.MaxValue)
            .ThenBy(b => b.Index)
            .Select((b, i) => (b.Index, Rank: i + 1))
            .ToDictionary(r => r.Index, r => r.Rank);

        List<FeeLine> tuition = [];
        if (billed.Count > 0)
        {
            tuition.Add(new FeeLine("Frais de dossier", grid.FileFee));
        }

        foreach (var child in billed)
        {
            tuition.AddRange(child.Lines);
            var rank = ranks[child.Index];
            var percent = grid.ReductionPercentFor(rank);
            var reduction = Math.Round(child.Subtotal * percent / 100m, 2, MidpointRounding.AwayFromZero);
            if (reduction > 0)
            {
                tuition.Add(new FeeLine(
                    $"Réduction {rank}e enfant ({FrenchNumbers.Number(percent)} %) - {child.Enrolee.Name}",
                    -reduction,
                    child.Enrolee.StudentId));
            }
        }

        List<FeeLine> rental = [.. enrolees
            .Where(e => e.RentedInstrument is not null)
            .Select(e => new FeeLine(
                e.RentedInstrument!.Trim().Length == 0
                    ? $"Location d'instrument - {e.Name}"
                    : $"Location d'instrument ({e.RentedInstrument.Trim()}) - {e.Name}",
                grid.RentalAmount(isResident),
                e.StudentId))];
        return new FeeQuote(bracket, isResident, tuition, rental);
    }
}
