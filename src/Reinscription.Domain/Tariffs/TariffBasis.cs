namespace Reinscription.Domain.Tariffs;

/// <summary>Why a family pays the ceiling bracket; it is told each reason that applies.</summary>
public enum CeilingReason
{
    NoIncomeDocument,
    ResidencyNotProven,
    CafAttestationRequired,
}

public enum QuotientSource
{
    None,
    CafAttestation,
    TaxNotice,
}

/// <summary>What staff typed when they validated a tax notice (avis d'imposition).</summary>
/// <param name="ReferenceIncome">Revenu fiscal de référence, in euros.</param>
/// <param name="Shares">Nombre de parts, e.g. 2.5.</param>
public sealed record TaxNoticeFigures(decimal ReferenceIncome, decimal Shares)
{
    /// <summary>
    /// The monthly income per share, in whole euros, rounded down: bracket bounds are whole numbers
    /// and a family is never pushed into the next bracket by a fraction of a euro.
    /// </summary>
    public static int Quotient(decimal referenceIncome, decimal shares)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(referenceIncome);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(shares);
        return (int)Math.Floor(referenceIncome / 12m / shares);
    }
}

/// <summary>The facts the tariff of a family follows from, as validated by staff for a school year.</summary>
/// <param name="IsResident">What the family declares.</param>
/// <param name="ResidencyProven">A proof of address of the year has been validated.</param>
/// <param name="ChildrenUnder20">The family's children under 20 on the day the tariff is computed.</param>
/// <param name="CafQuotient">The quotient typed when the CAF attestation was validated.</param>
/// <param name="TaxNotices">The figures of each validated tax notice (one per parent declaring separately).</param>
public sealed record TariffFacts(
    bool IsResident,
    bool ResidencyProven,
    int ChildrenUnder20,
    int? CafQuotient,
    IReadOnlyList<TaxNoticeFigures> TaxNotices)
{
    public const int CafRuleChildren = 2;
    public const int CafRuleAge = 20;

    /// <summary>
    /// The quotient comes from the CAF attestation, else from the tax notices (their incomes and shares
    /// added up). The ceiling bracket applies when no income document is validated, when a resident's
    /// address is not proven, or when a family of two children under 20 has not given the CAF attestation.
    /// </summary>
    public TariffBasis Decide()
    {
        List<CeilingReason> reasons = [];
        if (IsResident && !ResidencyProven)
        {
            reasons.Add(CeilingReason.ResidencyNotProven);
        }

        if (ChildrenUnder20 >= CafRuleChildren && CafQuotient is null)
        {
            reasons.Add(CeilingReason.CafAttestationRequired);
        }

        var (quotient, source) = CafQuotient is { } caf
            ? (caf, QuotientSource.CafAttestation)
            : TaxNotices.Count > 0
                ? (TaxNoticeFigures.Quotient(TaxNotices.Sum(t => t.ReferenceIncome), TaxNotices.Sum(t => t.Shares)), QuotientSource.TaxNotice)
                : ((int?)null, QuotientSource.None);
        if (quotient is null)
        {
            reasons.Add(CeilingReason.NoIncomeDocument);
        }

        return new TariffBasis(IsResident, quotient, source, reasons, TaxNotices);
    }
}

/// <summary>The outcome: residency, the quotient known, and the reasons for the ceiling if any.</summary>
public sealed record TariffBasis(
    bool IsResident,
    int? Quotient,
    QuotientSource Source,
    IReadOnlyList<CeilingReason> CeilingReasons,
    IReadOnlyList<TaxNoticeFigures> TaxNotices)
{
    public bool IsCeiling => CeilingReasons.Count > 0;

    /// <summary>The quotient the bracket is looked up with: none at the ceiling.</summary>
    public int? QuotientApplied => IsCeiling ? null : Quotient;

    public static string Describe(CeilingReason reason) => reason switch
    {
        CeilingReason.NoIncomeDocument => "aucun justificatif de revenus (attestation CAF ou avis d'imposition) n'a été validé",
        CeilingReason.ResidencyNotProven => "la résidence sur le territoire n'est pas justifiée (justificatif de domicile non validé)",
        CeilingReason.CafAttestationRequired =>
            "la famille compte au moins 2 enfants de moins de 20 ans et son attestation CAF n'a pas été validée",
        _ => throw new ArgumentOutOfRangeException(nameof(reason), reason, "Unknown ceiling reason."),
    };

    /// <summary>Where the quotient comes from, e.g. "attestation CAF validée".</summary>
    public string SourceText => Source switch
    {
        QuotientSource.CafAttestation => "attestation CAF validée",
        QuotientSource.TaxNotice =>
            $"avis d'imposition validé : revenu fiscal de référence {FrenchNumbers.Euros(TaxNotices.Sum(t => t.ReferenceIncome))} " +
            $"÷ 12 ÷ {FrenchNumbers.Number(TaxNotices.Sum(t => t.Shares))} parts",
        _ => "aucun justificatif de revenus validé",
    };

    /// <summary>The sentence that tells the family (and staff) its bracket and why.</summary>
    public string Explain(TariffBracket bracket)
    {
        ArgumentNullException.ThrowIfNull(bracket);
        var residency = IsResident ? "" : "Tarif non-résident. ";
        return IsCeiling
            ? $"{residency}Tranche {bracket.Number} (tranche plafond) : {string.Join(" ; ", CeilingReasons.Select(Describe))}."
            : $"{residency}Tranche {bracket.Number} : quotient familial {FrenchNumbers.Whole(Quotient!.Value)} ({SourceText}).";
    }
}
