namespace Reinscription.Domain.Tariffs;

/// <summary>A tranche of the grid: quotients from MinQuotient to MaxQuotient inclusive.</summary>
public class TariffBracket
{
    private readonly List<TariffAmount> _amounts = [];

    private TariffBracket()
    {
    }

    internal TariffBracket(int number, int minQuotient, int? maxQuotient)
    {
        Number = number;
        Reshape(minQuotient, maxQuotient);
    }

    public int Id { get; private set; }

    public int GridId { get; private set; }

    public int Number { get; private set; }

    public int MinQuotient { get; private set; }

    /// <summary>Null for the last, open-ended bracket.</summary>
    public int? MaxQuotient { get; private set; }

    public IReadOnlyCollection<TariffAmount> Amounts => _amounts;

    public bool Contains(int quotient) => quotient >= MinQuotient && (MaxQuotient is null || quotient <= MaxQuotient);

    public void SetAmount(TariffCategory category, decimal resident, decimal nonResident)
    {
        if (_amounts.FirstOrDefault(a => a.Category == category) is { } existing)
        {
            existing.Change(resident, nonResident);
        }
        else
        {
            _amounts.Add(new TariffAmount(category, resident, nonResident));
        }
    }

    /// <summary>The amount of a category for residents and non-residents, if the bracket has one.</summary>
    public (decimal Resident, decimal NonResident)? AmountsOf(TariffCategory category) =>
        _amounts.FirstOrDefault(a => a.Category == category) is { } amount
            ? (amount.ResidentAmount, amount.NonResidentAmount)
            : null;

    /// <summary>"de 0 à 400", "à partir de 2 501": the quotients of the bracket as families read them.</summary>
    public string RangeLabel => MaxQuotient is { } max
        ? $"de {FrenchNumbers.Whole(MinQuotient)} à {FrenchNumbers.Whole(max)}"
        : $"à partir de {FrenchNumbers.Whole(MinQuotient)}";

    internal void Reshape(int minQuotient, int? maxQuotient)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(minQuotient);
        if (maxQuotient < minQuotient)
        {
            throw new ArgumentOutOfRangeException(nameof(maxQuotient));
        }

        MinQuotient = minQuotient;
        MaxQuotient = maxQuotient;
    }

    public decimal AmountFor(TariffCategory category, bool isResident)
    {
        var amount = _amounts.FirstOrDefault(a => a.Category == category)
            ?? throw new InvalidOperationException($"La tranche {Number} n'a pas de tarif pour {category}.");
        return isResident ? amount.ResidentAmount : amount.NonResidentAmount;
    }
}
