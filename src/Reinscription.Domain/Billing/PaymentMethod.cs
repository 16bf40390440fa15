namespace Reinscription.Domain.Billing;

public enum PaymentMethod
{
    Cheque,
    Card,
    Cash,
    SepaDirectDebit,
    BankTransfer,
}
