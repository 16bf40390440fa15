using Reinscription.Domain.Families;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Documents;

/// <summary>
/// A file a family provided for a requirement. Its bytes live in <see cref="StoredFile"/>, written
/// in the same transaction, so a row never exists without its file nor a file without its row.
/// </summary>
public class SubmittedDocument
{
    private SubmittedDocument()
    {
    }

    public SubmittedDocument(int requirementId, int familyId, int? studentId, StoredFile file, DateTimeOffset uploadedAt)
    {
        RequirementId = requirementId;
        FamilyId = familyId;
        StudentId = studentId;
        File = file;
        UploadedAt = uploadedAt;
        State = DocumentState.Provided;
    }

    public int Id { get; private set; }

    public int RequirementId { get; private set; }

    public DocumentRequirement? Requirement { get; private set; }

    public int FamilyId { get; private set; }

    public Family? Family { get; private set; }

    public int? StudentId { get; private set; }

    public Student? Student { get; private set; }

    public int FileId { get; private set; }

    public StoredFile? File { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DocumentState State { get; private set; }

    public string? RefusalReason { get; private set; }

    public int? ReviewedByStaffId { get; private set; }

    public DateTimeOffset? ReviewedAt { get; private set; }

    /// <summary>Pages counted by the PDF inspection; null for images.</summary>
    public int? PageCount { get; set; }

    /// <summary>What the inspection found for staff, e.g. "QF 712 ; document de plus de 3 mois".</summary>
    public string? InspectionHints { get; set; }

    /// <summary>The quotient familial staff typed or confirmed when validating a CAF attestation.</summary>
    public int? QuotientFamilial { get; private set; }

    /// <summary>Revenu fiscal de référence typed when validating a tax notice.</summary>
    public decimal? ReferenceTaxIncome { get; private set; }

    /// <summary>Nombre de parts typed when validating a tax notice.</summary>
    public decimal? TaxShares { get; private set; }

    public TaxNoticeFigures? TaxNotice =>
        ReferenceTaxIncome is { } income && TaxShares is { } shares ? new TaxNoticeFigures(income, shares) : null;

    public bool CanBeChangedByFamily => State is DocumentState.Provided or DocumentState.Refused;

    /// <summary>Validates an income document with the figures its tariff follows from.</summary>
    public void Validate(int staffId, DateTimeOffset now, int? quotientFamilial, TaxNoticeFigures? taxNotice)
    {
        if (quotientFamilial is { } quotient)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(quotient);
        }

        if (taxNotice is not null)
        {
            ArgumentOutOfRangeException.ThrowIfNegative(taxNotice.ReferenceIncome);
            ArgumentOutOfRangeException.ThrowIfNegativeOrZero(taxNotice.Shares);
        }

        Validate(staffId, now);
        QuotientFamilial = quotientFamilial;
        ReferenceTaxIncome = taxNotice?.ReferenceIncome;
        TaxShares = taxNotice?.Shares;
    }

    public void Validate(int staffId, DateTimeOffset now)
    {
        EnsureAwaitingReview();
        State = DocumentState.Validated;
        RefusalReason = null;
        ReviewedByStaffId = staffId;
        ReviewedAt = now;
    }

    public void Refuse(int staffId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsureAwaitingReview();
        State = DocumentState.Refused;
        RefusalReason = reason;
        ReviewedByStaffId = staffId;
        ReviewedAt = now;
    }

    private void EnsureAwaitingReview()
    {
        if (State != DocumentState.Provided)
        {
            throw new InvalidOperationException("Ce document n'est pas en attente de validation.");
        }
    }
}
