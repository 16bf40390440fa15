using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Jobs;

/// <summary>
/// Runs a job at most once per Paris day, whatever the number of app instances: the job's row in
/// "JobRuns" is locked (FOR UPDATE SKIP LOCKED) for the whole run, in the transaction that does the
/// work and records the day. An instance that finds the row locked, or the day already recorded,
/// does nothing (decision record 033).
/// </summary>
public static class DailyJob
{
    /// <returns>Whether this call ran the job.</returns>
    public static async Task<bool> TryRunAsync(
        this ReinscriptionDbContext db,
        string name,
        DateOnly today,
        DateTimeOffset now,
        Func<Task> work,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);

        // Outside the transaction, so that a first run's row is visible, and lockable, by every instance at once.
        await db.Database.ExecuteSqlAsync($"""INSERT INTO "JobRuns" ("Name") VALUES ({name}) ON CONFLICT ("Name") DO NOTHING""", cancellationToken);

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var run = await db.JobRuns
            .FromSql($"""SELECT * FROM "JobRuns" WHERE "Name" = {name} FOR UPDATE SKIP LOCKED""")
            .SingleOrDefaultAsync(cancellationToken);
        if (run is null || run.LastRunOn >= today)
        {
            return false;
        }

        await work();
        run.Complete(today, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }
}
