using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tariffs;

/// <summary>
/// A school year's tariffs for the territory: brackets of quotient familial, each with amounts by
/// category and residency; the file fee, the sibling reductions and the instrument rental. A family
/// without income documents pays the ceiling bracket.
/// </summary>
public class TariffGrid
{
    private readonly List<TariffBracket> _brackets = [];

    private TariffGrid()
    {
    }

    public TariffGrid(int schoolYearId, decimal fileFee)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileFee);
        SchoolYearId = schoolYearId;
        FileFee = fileFee;
    }

    public int Id { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    /// <summary>Frais de dossier, charged once per family.</summary>
    public decimal FileFee { get; private set; }

    /// <summary>Percentage taken off the tuition of the second child.</summary>
    public decimal SecondChildReductionPercent { get; private set; }

    /// <summary>Percentage taken off the tuition of the third child and of each one after.</summary>
    public decimal FurtherChildReductionPercent { get; private set; }

    /// <summary>A year's instrument rental, for a resident family.</summary>
    public decimal RentalResidentAmount { get; private set; }

    public decimal RentalNonResidentAmount { get; private set; }

    public IReadOnlyCollection<TariffBracket> Brackets => _brackets;

    public IEnumerable<TariffBracket> BracketsInOrder => _brackets.OrderBy(b => b.Number);

    /// <summary>Adds the next bracket; brackets must follow each other without gap or overlap.</summary>
    public TariffBracket AddBracket(int minQuotient, int? maxQuotient)
    {
        var previous = _brackets.OrderBy(b => b.Number).LastOrDefault();
        if (previous is { MaxQuotient: null })
        {
            throw new InvalidOperationException($"La tranche {previous.Number} est la dernière : elle n'a pas de plafond.");
        }

        var expectedMin = previous is null ? 0 : previous.MaxQuotient!.Value + 1;
        if (minQuotient != expectedMin)
        {
            throw new ArgumentException($"La tranche suivante doit commencer au quotient {expectedMin}.", nameof(minQuotient));
        }

        var bracket = new TariffBracket(_brackets.Count + 1, minQuotient, maxQuotient);
        _brackets.Add(bracket);
        return bracket;
    }

    public void ChangeFees(
        decimal fileFee,
        decimal secondChildReductionPercent,
        decimal furtherChildReductionPercent,
        decimal rentalResidentAmount,
        decimal rentalNonResidentAmount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(fileFee);
        ArgumentOutOfRangeException.ThrowIfNegative(rentalResidentAmount);
        ArgumentOutOfRangeException.ThrowIfNegative(rentalNonResidentAmount);
        foreach (var percent in new[] { secondChildReductionPercent, furtherChildReductionPercent })
        {
            ArgumentOutOfRangeException.ThrowIfNegative(percent);
            ArgumentOutOfRangeException.ThrowIfGreaterThan(percent, 100m);
        }

        FileFee = fileFee;
        SecondChildReductionPercent = secondChildReductionPercent;
        FurtherChildReductionPercent = furtherChildReductionPercent;
        RentalResidentAmount = rentalResidentAmount;
        RentalNonResidentAmount = rentalNonResidentAmount;
    }

    /// <summary>
    /// Why these bounds cannot make a grid: the first bracket starts at 0, each one starts right after
    /// the previous one ends (no overlap, no gap), and only the last one, the ceiling, has no upper bound.
    /// Empty when they can.
    /// </summary>
    public static IReadOnlyList<BoundsProblem> CheckBounds(IReadOnlyList<(int Min, int? Max)> bounds)
    {
        ArgumentNullException.ThrowIfNull(bounds);
        List<BoundsProblem> problems = [];
        if (bounds.Count == 0)
        {
            problems.Add(new BoundsProblem(0, BoundsField.Min, "La grille doit compter au moins une tranche."));
            return problems;
        }

        for (var i = 0; i < bounds.Count; i++)
        {
            var (min, max) = bounds[i];
            var number = i + 1;
            var last = i == bounds.Count - 1;
            if (i == 0 && min != 0)
            {
                problems.Add(new BoundsProblem(i, BoundsField.Min, "La tranche 1 doit commencer au quotient 0."));
            }

            if (min < 0)
            {
                problems.Add(new BoundsProblem(i, BoundsField.Min, $"La tranche {number} ne peut commencer à un quotient négatif."));
            }

            if (max is { } upper && upper < min)
            {
                problems.Add(new BoundsProblem(i, BoundsField.Max, $"La tranche {number} finit ({upper}) avant de commencer ({min})."));
            }

            if (last && max is not null)
            {
                problems.Add(new BoundsProblem(i, BoundsField.Max,
                    "La dernière tranche est la tranche plafond : laissez son plafond vide, elle reçoit tous les quotients au-delà."));
            }

            if (!last && max is null)
            {
                problems.Add(new BoundsProblem(i, BoundsField.Max, $"Indiquez le plafond de la tranche {number} : seule la dernière en est dépourvue."));
            }

            if (i > 0 && bounds[i - 1].Max is { } previousMax)
            {
                if (min <= previousMax)
                {
                    problems.Add(new BoundsProblem(i, BoundsField.Min,
                        $"La tranche {number} commence à {min} alors que la tranche {number - 1} va jusqu'à {previousMax} : elles se chevauchent."));
                }
                else if (min > previousMax + 1)
                {
                    problems.Add(new BoundsProblem(i, BoundsField.Min,
                        $"Entre la tranche {number - 1} (jusqu'à {previousMax}) et la tranche {number} (à partir de {min}), " +
                        $"les quotients de {previousMax + 1} à {min - 1} n'ont pas de tranche."));
                }
            }
        }

        return problems;
    }

    /// <summary>
    /// Gives the grid these brackets, numbered from 1, refusing bounds that overlap or leave a gap.
    /// Existing brackets are changed in place and only the surplus is removed, so their rows are updated.
    /// </summary>
    public void ReplaceBrackets(IReadOnlyList<BracketDraft> drafts)
    {
        ArgumentNullException.ThrowIfNull(drafts);
        var problems = CheckBounds([.. drafts.Select(d => (d.Min, d.Max))]);
        if (problems.Count > 0)
        {
            throw new ArgumentException(problems[0].Message, nameof(drafts));
        }

        var existing = _brackets.OrderBy(b => b.Number).ToList();
        for (var i = 0; i < drafts.Count; i++)
        {
            var bracket = i < existing.Count ? existing[i] : null;
            if (bracket is null)
            {
                bracket = new TariffBracket(i + 1, drafts[i].Min, drafts[i].Max);
                _brackets.Add(bracket);
            }
            else
            {
                bracket.Reshape(drafts[i].Min, drafts[i].Max);
            }

            foreach (var (category, (resident, nonResident)) in drafts[i].Amounts)
            {
                bracket.SetAmount(category, resident, nonResident);
            }
        }

        foreach (var surplus in existing.Skip(drafts.Count))
        {
            _brackets.Remove(surplus);
        }
    }

    /// <summary>This grid's brackets, amounts and fees for another school year, to be adjusted there.</summary>
    public TariffGrid CopyFor(int schoolYearId)
    {
        var copy = new TariffGrid(schoolYearId, FileFee);
        copy.ChangeFees(FileFee, SecondChildReductionPercent, FurtherChildReductionPercent, RentalResidentAmount, RentalNonResidentAmount);
        copy.ReplaceBrackets([.. BracketsInOrder.Select(BracketDraft.Of)]);
        return copy;
    }

    public TariffBracket Ceiling => _brackets.MaxBy(b => b.Number)
        ?? throw new InvalidOperationException("La grille tarifaire n'a aucune tranche.");

    /// <summary>The bracket for a quotient familial; the ceiling when the quotient is unknown.</summary>
    public TariffBracket BracketFor(int? quotient)
    {
        if (quotient is not { } qf)
        {
            return Ceiling;
        }

        return _brackets.FirstOrDefault(b => b.Contains(qf)) ?? Ceiling;
    }

    public decimal AmountFor(int? quotient, TariffCategory category, bool isResident) =>
        BracketFor(quotient).AmountFor(category, isResident);

    /// <summary>The reduction of the child of this rank among the family's billed children (1 for the first).</summary>
    public decimal ReductionPercentFor(int rank) => rank switch
    {
        <= 1 => 0m,
        2 => SecondChildReductionPercent,
        _ => FurtherChildReductionPercent,
    };

    public decimal RentalAmount(bool isResident) => isResident ? RentalResidentAmount : RentalNonResidentAmount;
}

public enum BoundsField
{
    Min,
    Max,
}

/// <param name="Index">The bracket's position, from 0.</param>
public sealed record BoundsProblem(int Index, BoundsField Field, string Message);

/// <summary>A bracket as typed in the grid's form, before it becomes part of the grid.</summary>
public sealed record BracketDraft(int Min, int? Max, IReadOnlyDictionary<TariffCategory, (decimal Resident, decimal NonResident)> Amounts)
{
    public static BracketDraft Of(TariffBracket bracket)
    {
        ArgumentNullException.ThrowIfNull(bracket);
        return new BracketDraft(
            bracket.MinQuotient,
            bracket.MaxQuotient,
            bracket.Amounts.ToDictionary(a => a.Category, a => (a.ResidentAmount, a.NonResidentAmount)));
    }
}
