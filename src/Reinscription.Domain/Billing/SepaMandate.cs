namespace Reinscription.Domain.Billing;

/// <summary>
/// The family's authorisation to debit its account (mandat de prélèvement SEPA). Its reference (RUM)
/// names the family and the signature date, so that a new signature is a new mandate.
/// </summary>
public sealed class SepaMandate
{
    private SepaMandate()
    {
    }

    public SepaMandate(int familyId, string accountHolder, Iban iban, DateOnly signedOn)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(accountHolder);
        ArgumentNullException.ThrowIfNull(iban);
        AccountHolder = accountHolder.Trim();
        Iban = iban.Value;
        SignedOn = signedOn;
        Reference = $"RUM-{familyId:D6}-{signedOn:yyyyMMdd}";
    }

    public string AccountHolder { get; private set; } = "";

    /// <summary>The electronic form, checked when the mandate was given.</summary>
    public string Iban { get; private set; } = "";

    public DateOnly SignedOn { get; private set; }

    /// <summary>Référence unique du mandat, at most 35 characters as the SEPA rulebook allows.</summary>
    public string Reference { get; private set; } = "";
}
