namespace Reinscription.Domain.Billing;

/// <summary>A payment received against an invoice (règlement).</summary>
public class Payment
{
    private Payment()
    {
    }

    internal Payment(DateOnly paidOn, decimal amount, PaymentMethod method)
    {
        PaidOn = paidOn;
        Amount = amount;
        Method = method;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public DateOnly PaidOn { get; private set; }

    public decimal Amount { get; private set; }

    public PaymentMethod Method { get; private set; }
}
