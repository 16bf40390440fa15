using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Changes;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Changes;

/// <summary>
/// Identity edits go through staff: the record stays as it was, the edit is kept as a pending
/// change (one per record, a second edit revises it) and the family gets an acknowledgement, all
/// in one transaction.
/// </summary>
public static class PendingChangeRequests
{
    /// <summary>The pending change of a record (at most one: a unique index says so).</summary>
    public static IQueryable<PendingChange> PendingChangeOf(
        this ReinscriptionDbContext db,
        int familyId,
        ChangeSubject subject,
        int? studentId) =>
        db.PendingChanges.Where(
            c => c.FamilyId == familyId && c.Subject == subject && c.StudentId == studentId && c.Status == ChangeStatus.Pending);

    public static Task<PendingChange?> PendingChangeAsync(
        this ReinscriptionDbContext db,
        int familyId,
        ChangeSubject subject,
        int? studentId,
        CancellationToken cancellationToken) =>
        db.PendingChangeOf(familyId, subject, studentId).SingleOrDefaultAsync(cancellationToken);

    /// <summary>The family's proposal for a record while staff have not decided: what the family is shown.</summary>
    public static async Task<T?> PendingProposalAsync<T>(
        this ReinscriptionDbContext db,
        int familyId,
        ChangeSubject subject,
        int? studentId,
        CancellationToken cancellationToken)
        where T : class
    {
        var json = await db.PendingChangeOf(familyId, subject, studentId)
            .Select(c => c.ProposedValuesJson)
            .SingleOrDefaultAsync(cancellationToken);
        return json is null ? null : ChangeValues.Deserialize<T>(json);
    }

    /// <summary>
    /// Records <paramref name="proposed"/> for staff unless it equals <paramref name="current"/>;
    /// returns whether anything was recorded.
    /// </summary>
    public static async Task<bool> ProposeChangeAsync<T>(
        this ReinscriptionDbContext db,
        int familyId,
        int? studentId,
        ChangeSubject subject,
        T? current,
        T proposed,
        MailMessage acknowledgement,
        DateTimeOffset now,
        CancellationToken cancellationToken)
        where T : class, IEquatable<T>
    {
        var existing = await db.PendingChangeAsync(familyId, subject, studentId, cancellationToken);
        if (existing is null && proposed.Equals(current))
        {
            return false;
        }

        try
        {
            await SaveAsync(existing);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            // Another request created the pending change first (a double click): revise that one instead.
            db.ChangeTracker.Clear();
            existing = await db.PendingChangeAsync(familyId, subject, studentId, cancellationToken);
            await SaveAsync(existing);
        }

        return true;

        async Task SaveAsync(PendingChange? existing)
        {
            if (existing is null)
            {
                db.PendingChanges.Add(new PendingChange(
                    familyId, studentId, subject, ChangeValues.Serialize(current), ChangeValues.Serialize(proposed), now));
            }
            else
            {
                existing.Revise(ChangeValues.Serialize(proposed), now);
            }

            await db.AuditProposalAsync(familyId, studentId, subject, current, proposed, now, cancellationToken);
            db.Outbox.Add(acknowledgement.ToOutbox(now));
            await db.SaveChangesAsync(cancellationToken);
        }
    }
}
