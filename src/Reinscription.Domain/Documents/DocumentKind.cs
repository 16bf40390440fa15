namespace Reinscription.Domain.Documents;

/// <summary>What a document proves: decides inspection hints and whether it may be carried over.</summary>
public enum DocumentKind
{
    Other,
    AddressProof,
    CafAttestation,
    TaxNotice,
    Identity,
    SepaMandate,
    BankDetails,
    MedicalCertificate,
    Form,
    Photo,
}
