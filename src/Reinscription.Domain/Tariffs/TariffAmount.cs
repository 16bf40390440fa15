namespace Reinscription.Domain.Tariffs;

public class TariffAmount
{
    private TariffAmount()
    {
    }

    internal TariffAmount(TariffCategory category, decimal residentAmount, decimal nonResidentAmount)
    {
        Category = category;
        ResidentAmount = residentAmount;
        NonResidentAmount = nonResidentAmount;
    }

    public int Id { get; private set; }

    public int BracketId { get; private set; }

    public TariffCategory Category { get; private set; }

    public decimal ResidentAmount { get; private set; }

    public decimal NonResidentAmount { get; private set; }
}
