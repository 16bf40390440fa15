using FluentValidation;
using Reinscription.Domain.Billing;

namespace Reinscription.Web.Areas.Admin.Pages.Facturation;

public sealed class PaymentInput
{
    public int InvoiceId { get; set; }

    public DateOnly? PaidOn { get; set; }

    public decimal? Amount { get; set; }

    public PaymentMethod Method { get; set; } = PaymentMethod.Cheque;
}

public sealed class PaymentInputValidator : AbstractValidator<PaymentInput>
{
    public PaymentInputValidator()
    {
        RuleFor(p => p.PaidOn).NotNull().WithMessage("Saisissez la date du règlement.");
        RuleFor(p => p.Amount).NotNull().WithMessage("Saisissez le montant reçu.")
            .GreaterThan(0).WithMessage("Le montant d'un règlement est positif.")
            .PrecisionScale(10, 2, true).WithMessage("Un montant compte au plus deux décimales.");
        RuleFor(p => p.Method).IsInEnum().WithMessage("Choisissez le mode de règlement.");
    }
}

public sealed class RentalInput
{
    public int RequestId { get; set; }

    public string Instrument { get; set; } = "";
}
