namespace Reinscription.Domain.Billing;

public enum InvoiceKind
{
    /// <summary>"Facturation cotisations": file fee and tuition.</summary>
    Tuition,

    /// <summary>"Facturation locations": instrument rental.</summary>
    InstrumentRental,
}
