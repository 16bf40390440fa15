using System.Globalization;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Documents;

/// <param name="SchoolYearId">The year whose requirements the family sees.</param>
/// <param name="DocumentsDeadline">Null when no campaign sets one.</param>
/// <param name="AcceptsUploads">False before the campaign opens and from its documents deadline on.</param>
public sealed record DocumentsPeriod(int SchoolYearId, DateTimeOffset? DocumentsDeadline, bool AcceptsUploads);

/// <param name="CarriedOver">The document was validated in an earlier year and is still valid.</param>
/// <param name="Mandatory">Whether this family must provide it; the line's own rule when not given.</param>
public sealed record RequirementStatus(DocumentRequirement Requirement, DocumentLine? Document, bool CarriedOver = false, bool? Mandatory = null)
{
    public DocumentState State => Document?.State ?? DocumentState.ToProvide;

    public bool IsMandatory => Mandatory ?? Requirement.IsMandatory;

    /// <summary>The CAF attestation line owed under the CAF rule: the family is told why.</summary>
    public bool OwedUnderCafRule => Requirement.Condition == RequirementCondition.CafRule && IsMandatory;

    public bool IsMissing => IsMandatory && State is DocumentState.ToProvide or DocumentState.Refused;

    /// <summary>The family may upload a file, or a replacement, until staff have validated one.</summary>
    public bool AcceptsUpload => State != DocumentState.Validated;

    public string StateLabel => LabelOf(State, Document?.RefusalReason, CarriedOver);

    /// <summary>"À fournir", "Fourni", "Validé", "Validé (reconduit)" or "Refusé : motif", as families and staff read it.</summary>
    public static string LabelOf(DocumentState state, string? refusalReason, bool carriedOver = false) => state switch
    {
        DocumentState.Provided => "Fourni",
        DocumentState.Validated => carriedOver ? "Validé (reconduit)" : "Validé",
        DocumentState.Refused => $"Refusé : {refusalReason}",
        _ => "À fournir",
    };

    /// <summary>A short file stays visible with its warning until replaced; an image counts as one page.</summary>
    public IReadOnlyList<string> Warnings => Document is { } document && !CarriedOver
        ? FileInspector.PageWarnings(document.PageCount ?? 1, Requirement.ExpectedPageCount)
        : [];

    /// <summary>The anchor of the line, which a refusal e-mail links to.</summary>
    public string Anchor => AnchorOf(Requirement.Id);

    public static string AnchorOf(int requirementId) => "piece-" + requirementId.ToString(CultureInfo.InvariantCulture);
}

public sealed record DocumentLine(
    int Id,
    int RequirementId,
    DocumentKind Kind,
    string FileName,
    int SizeBytes,
    DateTimeOffset UploadedAt,
    DocumentState State,
    string? RefusalReason,
    int? PageCount,
    DateTimeOffset? ReviewedAt)
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public string Date => ParisTime.FormatDate(UploadedAt);

    public string Time => ParisTime.ToLocal(UploadedAt).ToString("HH:mm", French);

    /// <summary>"0,25": megabytes with a French decimal comma, as the size limit is announced.</summary>
    public string SizeMegabytes => (SizeBytes / (1024m * 1024m)).ToString("0.00", French);
}
