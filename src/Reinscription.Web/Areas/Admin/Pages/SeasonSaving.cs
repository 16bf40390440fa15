using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages;

public static class SeasonSaving
{
    /// <summary>
    /// Saves a new record, then its audit line, which names the id PostgreSQL just gave it, in one
    /// transaction: neither is ever saved without the other. When the first save is refused, the
    /// transaction is rolled back before the exception reaches the caller, so the caller may still
    /// read the database to explain why.
    /// </summary>
    public static async Task SaveNewAsync(this ReinscriptionDbContext db, Action addAuditLine, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(addAuditLine);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        addAuditLine();
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }
}
