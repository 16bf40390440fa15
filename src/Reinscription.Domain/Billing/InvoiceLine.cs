namespace Reinscription.Domain.Billing;

public class InvoiceLine
{
    private InvoiceLine()
    {
    }

    internal InvoiceLine(string label, decimal amount, int? studentId)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(label);
        Label = label;
        Amount = amount;
        StudentId = studentId;
    }

    public int Id { get; private set; }

    public int InvoiceId { get; private set; }

    public int? StudentId { get; private set; }

    public string Label { get; private set; } = "";

    public decimal Amount { get; private set; }
}
