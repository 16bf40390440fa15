using System.Globalization;
using System.Security.Claims;
using Reinscription.Web.Data;

namespace Reinscription.Web.Audit;

/// <summary>
/// Adds audit lines to the context, so that they are saved by the same <c>SaveChanges</c> (and the
/// same transaction) as the change they describe: a change is never saved without its line.
/// </summary>
public static class AuditLog
{
    public static AuditEntry Audit(
        this ReinscriptionDbContext db,
        ClaimsPrincipal user,
        DateTimeOffset at,
        int? siteId,
        string action,
        string recordType,
        object recordId,
        string summary,
        params IReadOnlyList<AuditChange> changes) =>
        db.Audit(AuditActor.Of(user), at, siteId, action, recordType, recordId, summary, changes);

    public static AuditEntry Audit(
        this ReinscriptionDbContext db,
        AuditActor actor,
        DateTimeOffset at,
        int? siteId,
        string action,
        string recordType,
        object recordId,
        string summary,
        params IReadOnlyList<AuditChange> changes)
    {
        var entry = new AuditEntry(
            at,
            actor,
            siteId,
            action,
            recordType,
            Convert.ToString(recordId, CultureInfo.InvariantCulture) ?? "",
            summary,
            changes);
        db.AuditLog.Add(entry);
        return entry;
    }

    /// <summary>The fields whose values differ, each as before → after; equal ones are left out.</summary>
    public static IReadOnlyList<AuditChange> Diff(params IEnumerable<(string Field, object? Before, object? After)> fields) =>
        [.. fields
            .Select(f => new AuditChange(f.Field, Text(f.Before), Text(f.After)))
            .Where(c => c.Before != c.After)];

    /// <summary>The fields of two versions of a form (same labels, same order) that differ.</summary>
    public static IReadOnlyList<AuditChange> Diff(
        IReadOnlyList<(string Label, string Value)> before,
        IReadOnlyList<(string Label, string Value)> after) =>
        Diff(before.Zip(after, (b, a) => (b.Label, (object?)NullIfEmpty(b.Value), (object?)NullIfEmpty(a.Value))));

    private static string? NullIfEmpty(string value) => value.Length == 0 ? null : value;

    private static string? Text(object? value) => value switch
    {
        null => null,
        DateTimeOffset instant => instant.ToString("O", CultureInfo.InvariantCulture),
        IFormattable formattable => formattable.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
