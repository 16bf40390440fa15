namespace Reinscription.Domain.Tariffs;

public class TariffAmount
{
    private TariffAmount()
    {
    }

    internal TariffAmount(TariffCategory category, decimal residentAmount, decimal nonResidentAmount)
    {
        Category = category;
        Change(residentAmount, nonResidentAmount);
    }

    public int Id { get; private set; }

    public int BracketId { get; private set; }

    public TariffCategory Category { get; private set; }

    public decimal ResidentAmount { get; private set; }

    public decimal NonResidentAmount { get; private set; }

    /// <summary>Changed in place, so that saving a new amount updates its row rather than replacing it.</summary>
    internal void Change(decimal residentAmount, decimal nonResidentAmount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(residentAmount);
        ArgumentOutOfRangeException.ThrowIfNegative(nonResidentAmount);
        ResidentAmount = residentAmount;
        NonResidentAmount = nonResidentAmount;
    }
}
