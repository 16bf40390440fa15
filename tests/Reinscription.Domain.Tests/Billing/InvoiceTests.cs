using Reinscription.Domain.Billing;

namespace Reinscription.Domain.Tests.Billing;

public class InvoiceTests
{
    private static readonly DateOnly IssuedOn = new(2026, 9, 15);
    private static readonly DateOnly FirstDueOn = new(2026, 10, 5);

    private static Invoice NewInvoice(params decimal[] lineAmounts)
    {
        var invoice = new Invoice(1, 2, InvoiceKind.Tuition, "F2026-0001", IssuedOn);
        foreach (var amount in lineAmounts)
        {
            invoice.AddLine("Ligne", amount);
        }

        return invoice;
    }

    [Fact]
    public void A_new_invoice_is_empty_and_owes_nothing()
    {
        var invoice = NewInvoice();

        Assert.Equal("F2026-0001", invoice.Number);
        Assert.Equal(InvoiceKind.Tuition, invoice.Kind);
        Assert.Equal(IssuedOn, invoice.IssuedOn);
        Assert.Equal(0m, invoice.Total);
        Assert.Equal(0m, invoice.Paid);
        Assert.Equal(0m, invoice.Balance);
    }

    [Fact]
    public void The_total_is_the_sum_of_the_lines()
    {
        var invoice = new Invoice(1, 2, InvoiceKind.Tuition, "F2026-0001", IssuedOn);
        invoice.AddLine("Frais de dossier", 45m);
        invoice.AddLine("Cursus complet - MARTIN Léa", 312.50m, studentId: 7);
        invoice.AddLine("Danse - MARTIN Hugo", 198.25m, studentId: 8);

        Assert.Equal(555.75m, invoice.Total);
        Assert.Equal(555.75m, invoice.Balance);
        Assert.Equal([null, 7, 8], invoice.Lines.Select(l => l.StudentId));
        Assert.Equal("Frais de dossier", invoice.Lines.First().Label);
    }

    [Fact]
    public void A_line_needs_a_label()
    {
        var invoice = NewInvoice();

        Assert.ThrowsAny<ArgumentException>(() => invoice.AddLine(" ", 10m));
        Assert.Empty(invoice.Lines);
    }

    [Fact]
    public void Payments_are_added_up_and_lower_the_balance()
    {
        var invoice = NewInvoice(45m, 312.50m);

        invoice.RecordPayment(new DateOnly(2026, 9, 20), 100m, PaymentMethod.Cheque);
        invoice.RecordPayment(new DateOnly(2026, 10, 5), 57.50m, PaymentMethod.Card);

        Assert.Equal(357.50m, invoice.Total);
        Assert.Equal(157.50m, invoice.Paid);
        Assert.Equal(200m, invoice.Balance);
        Assert.Equal([PaymentMethod.Cheque, PaymentMethod.Card], invoice.Payments.Select(p => p.Method));
    }

    [Fact]
    public void Paying_the_exact_balance_settles_the_invoice()
    {
        var invoice = NewInvoice(357.50m);

        invoice.RecordPayment(new DateOnly(2026, 9, 20), 357.50m, PaymentMethod.BankTransfer);

        Assert.Equal(0m, invoice.Balance);
    }

    [Fact]
    public void A_payment_above_the_balance_is_refused()
    {
        var invoice = NewInvoice(357.50m);
        invoice.RecordPayment(new DateOnly(2026, 9, 20), 300m, PaymentMethod.Cash);

        var error = Assert.Throws<InvalidOperationException>(
            () => invoice.RecordPayment(new DateOnly(2026, 9, 21), 57.51m, PaymentMethod.Cash));

        Assert.Equal("Un règlement ne peut dépasser le solde de la facture.", error.Message);
        Assert.Equal(300m, invoice.Paid);
        Assert.Single(invoice.Payments);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-10)]
    public void A_payment_must_be_positive(int amount)
    {
        var invoice = NewInvoice(100m);

        Assert.Throws<ArgumentOutOfRangeException>(() => invoice.RecordPayment(IssuedOn, amount, PaymentMethod.Cheque));
        Assert.Empty(invoice.Payments);
    }

    [Fact]
    public void Eight_monthly_instalments_add_up_exactly_to_the_total_the_last_absorbing_the_rounding()
    {
        var invoice = NewInvoice(45m, 312.50m, 198.27m);

        invoice.ScheduleMonthly(FirstDueOn, 8);

        Assert.Equal(555.77m, invoice.Total);
        Assert.Equal(8, invoice.Instalments.Count);
        Assert.Equal(
            [69.47m, 69.47m, 69.47m, 69.47m, 69.47m, 69.47m, 69.47m, 69.48m],
            invoice.Instalments.Select(i => i.Amount));
        Assert.Equal(invoice.Total, invoice.Instalments.Sum(i => i.Amount));
    }

    [Fact]
    public void Instalments_are_due_on_the_same_day_of_each_following_month()
    {
        var invoice = NewInvoice(800m);

        invoice.ScheduleMonthly(FirstDueOn, 8);

        Assert.Equal(
            [
                new DateOnly(2026, 10, 5), new DateOnly(2026, 11, 5), new DateOnly(2026, 12, 5), new DateOnly(2027, 1, 5),
                new DateOnly(2027, 2, 5), new DateOnly(2027, 3, 5), new DateOnly(2027, 4, 5), new DateOnly(2027, 5, 5),
            ],
            invoice.Instalments.Select(i => i.DueOn));
        Assert.All(invoice.Instalments, i => Assert.Equal(100m, i.Amount));
    }

    [Fact]
    public void A_total_that_does_not_divide_evenly_still_adds_up_exactly()
    {
        var invoice = NewInvoice(100m);

        invoice.ScheduleMonthly(FirstDueOn, 3);

        Assert.Equal([33.33m, 33.33m, 33.34m], invoice.Instalments.Select(i => i.Amount));
        Assert.Equal(100m, invoice.Instalments.Sum(i => i.Amount));
    }

    [Fact]
    public void A_single_instalment_is_the_total()
    {
        var invoice = NewInvoice(357.51m);

        invoice.ScheduleMonthly(FirstDueOn, 1);

        var instalment = Assert.Single(invoice.Instalments);
        Assert.Equal(357.51m, instalment.Amount);
        Assert.Equal(FirstDueOn, instalment.DueOn);
    }

    [Fact]
    public void Scheduling_again_replaces_the_previous_instalments()
    {
        var invoice = NewInvoice(300m);
        invoice.ScheduleMonthly(FirstDueOn, 8);

        invoice.ScheduleMonthly(FirstDueOn, 3);

        Assert.Equal([100m, 100m, 100m], invoice.Instalments.Select(i => i.Amount));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void At_least_one_instalment_is_needed(int count) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => NewInvoice(100m).ScheduleMonthly(FirstDueOn, count));

    [Fact]
    public void An_invoice_needs_a_number() =>
        Assert.ThrowsAny<ArgumentException>(() => new Invoice(1, 2, InvoiceKind.InstrumentRental, "", IssuedOn));

    [Fact]
    public void Billing_by_direct_debit_gives_eight_monthly_instalments_and_replaces_earlier_lines()
    {
        var invoice = NewInvoice(999m);

        invoice.Bill([("Frais de dossier", 20m, null), ("Danse - A (tranche 4)", 138m, 7)], byDirectDebit: true, IssuedOn, FirstDueOn, "abc");

        Assert.Equal(158m, invoice.Total);
        Assert.True(invoice.ByDirectDebit);
        Assert.Equal("abc", invoice.Fingerprint);
        Assert.Equal(8, invoice.Instalments.Count);
        Assert.Equal(new DateOnly(2027, 5, 5), invoice.Instalments.Last().DueOn);
        Assert.Equal(158m, invoice.Instalments.Sum(i => i.Amount));
    }

    [Fact]
    public void Billing_to_pay_at_once_gives_one_payment_due()
    {
        var invoice = NewInvoice();

        invoice.Bill([("Frais de dossier", 20m, null)], byDirectDebit: false, IssuedOn, FirstDueOn, "abc");

        Assert.Equal((FirstDueOn, 20m), (Assert.Single(invoice.Instalments).DueOn, invoice.Instalments.Single().Amount));
    }

    [Fact]
    public void An_invoice_with_a_payment_is_never_recomputed()
    {
        var invoice = NewInvoice(100m);
        invoice.RecordPayment(IssuedOn, 10m, PaymentMethod.Cheque);

        var error = Assert.Throws<InvalidOperationException>(() => invoice.Bill([("X", 5m, null)], false, IssuedOn, FirstDueOn, "new"));

        Assert.True(invoice.HasPayments);
        Assert.Equal("Une facture qui a reçu un règlement ne peut plus être recalculée.", error.Message);
        Assert.Equal(100m, invoice.Total);
    }
}
