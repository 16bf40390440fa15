using Reinscription.Domain.Billing;

namespace Reinscription.Web.Pages.Facturation;

public static class PaymentMethodNames
{
    public static string French(this PaymentMethod method) => method switch
    {
        PaymentMethod.Cheque => "Chèque",
        PaymentMethod.Card => "Carte bancaire",
        PaymentMethod.Cash => "Espèces",
        PaymentMethod.SepaDirectDebit => "Prélèvement SEPA",
        PaymentMethod.BankTransfer => "Virement",
        _ => throw new ArgumentOutOfRangeException(nameof(method), method, "Unknown payment method."),
    };
}
