using Reinscription.Domain.Documents;
using Reinscription.Web.Audit;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

public static class RequirementAudit
{
    public const string RecordType = "Pièce à fournir";

    public static IReadOnlyList<(string Field, object? Value)> Fields(DocumentRequirement requirement, string? discipline)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        return
        [
            ("Pièce", requirement.Name),
            ("Niveau", RequirementLabels.Of(requirement.Scope)),
            ("Aide", requirement.HelpText),
            ("Condition", RequirementLabels.Of(requirement.Condition) + (discipline is null ? "" : $" ({discipline})")),
            ("Nature", RequirementLabels.Of(requirement.Kind)),
            ("Formats", RequirementLabels.Formats(requirement.AcceptedFormats)),
            ("Pages attendues", requirement.ExpectedPageCount),
            ("Reconduction", RequirementLabels.Validity(requirement.ValidityMonths)),
            ("Ordre", requirement.SortOrder),
        ];
    }

    public static IReadOnlyList<AuditChange> Diff(
        IReadOnlyList<(string Field, object? Value)> before,
        IReadOnlyList<(string Field, object? Value)> after) =>
        AuditLog.Diff(before.Zip(after, (b, a) => (b.Field, b.Value, a.Value)));

    public static IReadOnlyList<AuditChange> Created(IReadOnlyList<(string Field, object? Value)> fields) =>
        Diff([.. fields.Select(f => (f.Field, (object?)null))], fields);
}
