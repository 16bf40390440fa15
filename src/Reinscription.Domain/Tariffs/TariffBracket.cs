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
        ArgumentOutOfRangeException.ThrowIfNegative(minQuotient);
        if (maxQuotient < minQuotient)
        {
            throw new ArgumentOutOfRangeException(nameof(maxQuotient));
        }

        Number = number;
        MinQuotient = minQuotient;
        MaxQuotient = maxQuotient;
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
        ArgumentOutOfRangeException.ThrowIfNegative(resident);
        ArgumentOutOfRangeException.ThrowIfNegative(nonResident);
        _amounts.RemoveAll(a => a.Category == category);
        _amounts.Add(new TariffAmount(category, resident, nonResident));
    }

    public decimal AmountFor(TariffCategory category, bool isResident)
    {
        var amount = _amounts.FirstOrDefault(a => a.Category == category)
            ?? throw new InvalidOperationException($"La tranche {Number} n'a pas de tarif pour {category}.");
        return isResident ? amount.ResidentAmount : amount.NonResidentAmount;
    }
}
