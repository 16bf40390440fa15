using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Audit;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>A family's or student's fields as the audit log keeps them: French label, value before, value after.</summary>
public static class FamilyAudit
{
    public static IReadOnlyList<(string Field, object? Value)> FieldsOf(Family family)
    {
        ArgumentNullException.ThrowIfNull(family);
        var fields = new List<(string, object?)>();
        fields.AddRange(GuardianDetails.From(family.Guardian1).Fields.Select(f => ($"Responsable 1 - {f.Label}", (object?)Blank(f.Value))));
        var second = family.Guardian2 is null ? null : GuardianDetails.From(family.Guardian2);
        fields.AddRange((second ?? Empty).Fields.Select(f => ($"Responsable 2 - {f.Label}", (object?)(second is null ? null : Blank(f.Value)))));
        fields.Add(("Résident", YesNo(family.IsResident)));
        fields.Add(("Prélèvement SEPA", YesNo(family.PaysBySepa)));
        fields.Add(("Hébergé", YesNo(family.IsHosted)));
        return fields;
    }

    public static IReadOnlyList<(string Field, object? Value)> FieldsOf(Student student) =>
        [.. StudentDetails.From(student).Fields.Select(f => (f.Label, (object?)Blank(f.Value)))];

    /// <summary>The fields that differ between two readings of the same record.</summary>
    public static IReadOnlyList<AuditChange> Diff(
        IReadOnlyList<(string Field, object? Value)> before,
        IReadOnlyList<(string Field, object? Value)> after) =>
        AuditLog.Diff(before.Zip(after, (b, a) => (b.Field, b.Value, a.Value)));

    /// <summary>A new record: every field it was created with, from nothing.</summary>
    public static IReadOnlyList<AuditChange> Created(IReadOnlyList<(string Field, object? Value)> fields) =>
        AuditLog.Diff(fields.Select(f => (f.Field, (object?)null, f.Value)));

    private static readonly GuardianDetails Empty =
        new(Civility.Madame, "", "", null, null, null, "", "", "", null, null, null, "", null, null, null);

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string YesNo(bool value) => value ? "Oui" : "Non";
}
