namespace Reinscription.Web.Audit;

/// <summary>
/// One line of the audit log: who did what to which record, and what changed (before → after).
/// Written in the same transaction as the change it describes; PostgreSQL refuses to update or
/// delete it (see <see cref="Data.Sql.AuditLogSql"/>), so the log only ever grows.
/// </summary>
public class AuditEntry
{
    private AuditEntry()
    {
    }

    public AuditEntry(
        DateTimeOffset at,
        AuditActor actor,
        int? siteId,
        string action,
        string recordType,
        string recordId,
        string summary,
        IReadOnlyList<AuditChange> changes)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(action);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordType);
        ArgumentException.ThrowIfNullOrWhiteSpace(recordId);
        At = at;
        ActorKind = actor.Kind;
        ActorId = actor.Id;
        ActorName = actor.Name;
        SiteId = siteId;
        Action = action;
        RecordType = recordType;
        RecordId = recordId;
        Summary = summary;
        Changes = [.. changes];
    }

    public long Id { get; private set; }

    public DateTimeOffset At { get; private set; }

    public AuditActorKind ActorKind { get; private set; }

    /// <summary>The staff member's or family's id, as text; null for the system's own jobs.</summary>
    public string? ActorId { get; private set; }

    /// <summary>The name as it was at the time, so the line still reads after the account is gone.</summary>
    public string ActorName { get; private set; } = "";

    public int? SiteId { get; private set; }

    /// <summary>A stable code such as <c>campaign.created</c>, for filtering.</summary>
    public string Action { get; private set; } = "";

    /// <summary>The kind of record, as staff name it (e.g. <c>Campagne</c>, <c>Famille</c>).</summary>
    public string RecordType { get; private set; } = "";

    public string RecordId { get; private set; } = "";

    /// <summary>One French sentence shown in the log.</summary>
    public string Summary { get; private set; } = "";

    public List<AuditChange> Changes { get; private set; } = [];
}

/// <summary>One field's value before and after; null where there was none.</summary>
public sealed record AuditChange(string Field, string? Before, string? After);
