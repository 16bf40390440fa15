using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;

namespace Reinscription.Domain.Billing;

/// <summary>A family's invoice (facture) with its lines, instalments and payments.</summary>
public class Invoice
{
    private readonly List<InvoiceLine> _lines = [];
    private readonly List<Instalment> _instalments = [];
    private readonly List<Payment> _payments = [];

    private Invoice()
    {
    }

    public Invoice(int familyId, int schoolYearId, InvoiceKind kind, string number, DateOnly issuedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(number);
        FamilyId = familyId;
        SchoolYearId = schoolYearId;
        Kind = kind;
        Number = number;
        IssuedOn = issuedOn;
    }

    public int Id { get; private set; }

    public int FamilyId { get; private set; }

    public Family? Family { get; private set; }

    public int SchoolYearId { get; private set; }

    public SchoolYear? SchoolYear { get; private set; }

    public InvoiceKind Kind { get; private set; }

    public string Number { get; private set; } = "";

    public DateOnly IssuedOn { get; private set; }

    /// <summary>Paid in eight monthly SEPA debits rather than at once.</summary>
    public bool ByDirectDebit { get; private set; }

    /// <summary>A digest of what the invoice was computed from: a new run that computes the same leaves it alone.</summary>
    public string? Fingerprint { get; private set; }

    /// <summary>Set with the first payment (PostgreSQL sets it too): from then on the invoice is never recomputed.</summary>
    public bool HasPayments { get; private set; }

    public IReadOnlyCollection<InvoiceLine> Lines => _lines;

    public IReadOnlyCollection<Instalment> Instalments => _instalments;

    public IReadOnlyCollection<Payment> Payments => _payments;

    public decimal Total => _lines.Sum(l => l.Amount);

    public decimal Paid => _payments.Sum(p => p.Amount);

    public decimal Balance => Total - Paid;

    public void AddLine(string label, decimal amount, int? studentId = null) =>
        _lines.Add(new InvoiceLine(label, amount, studentId));

    /// <summary>Splits the total into equal monthly instalments, the last one absorbing the rounding.</summary>
    public void ScheduleMonthly(DateOnly firstDueOn, int count)
    {
        _instalments.Clear();
        var amounts = Split(Total, count);
        for (var i = 0; i < count; i++)
        {
            _instalments.Add(new Instalment(firstDueOn.AddMonths(i), amounts[i]));
        }
    }

    /// <summary>Equal parts to the cent below, the last absorbing the rest, so that they add up exactly to the total.</summary>
    public static IReadOnlyList<decimal> Split(decimal total, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        var each = Math.Round(total / count, 2, MidpointRounding.ToZero);
        return [.. Enumerable.Range(0, count).Select(i => i == count - 1 ? total - (each * (count - 1)) : each)];
    }

    /// <summary>
    /// Gives the invoice its lines and schedule, replacing any earlier ones: eight monthly debits
    /// from <paramref name="firstDueOn"/>, or one payment due that day.
    /// </summary>
    public void Bill(IEnumerable<(string Label, decimal Amount, int? StudentId)> lines, bool byDirectDebit, DateOnly issuedOn, DateOnly firstDueOn, string fingerprint)
    {
        ArgumentNullException.ThrowIfNull(lines);
        ArgumentException.ThrowIfNullOrWhiteSpace(fingerprint);
        if (HasPayments)
        {
            throw new InvalidOperationException("Une facture qui a reçu un règlement ne peut plus être recalculée.");
        }

        _lines.Clear();
        foreach (var (label, amount, studentId) in lines)
        {
            AddLine(label, amount, studentId);
        }

        ByDirectDebit = byDirectDebit;
        IssuedOn = issuedOn;
        Fingerprint = fingerprint;
        ScheduleMonthly(firstDueOn, byDirectDebit ? SepaSchedule.Instalments : 1);
    }

    public void RecordPayment(DateOnly paidOn, decimal amount, PaymentMethod method)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amount);
        if (amount > Balance)
        {
            throw new InvalidOperationException("Un règlement ne peut dépasser le solde de la facture.");
        }

        _payments.Add(new Payment(paidOn, amount, method));
        HasPayments = true;
    }
}
