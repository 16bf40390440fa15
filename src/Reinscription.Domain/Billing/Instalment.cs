namespace Reinscription.Domain.Billing;

/// <summary>An amount due on a date (échéance).</summary>
public class Instalment
{
    private Instalment()
    {
    }

    internal Instalment(DateOnly dueOn, decimal amount)
    {
        DueOn = dueOn;
        Amount = amount;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public DateOnly DueOn { get; private set; }

    public decimal Amount { get; private set; }
}
