using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>
/// Passes on the offers whose deadline passed: the family leaves the list, is told by e-mail, and the seat goes
/// to the next family in line. One offer per transaction, each opened with a transaction-scoped advisory lock
/// that only one app instance gets at a time (decision 047), then the lock order of every seat change: the
/// course's row, then the entry's, re-read under the lock, so an answer given meanwhile wins.
/// </summary>
public sealed partial class OfferExpiry(
    IServiceScopeFactory scopes,
    IOptions<WaitlistOptions> options,
    IOptions<PortalOptions> portal,
    TimeProvider clock,
    ILogger<OfferExpiry> logger) : BackgroundService
{
    /// <summary>The advisory lock's key: "offers" in ASCII, so that no other lock of the app collides with it.</summary>
    private const long SweepLock = 0x6f6666657273;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var interval = TimeSpan.FromMilliseconds(Math.Max(100, options.Value.PollMilliseconds));
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                while (await ExpireNextAsync(stoppingToken))
                {
                    // One offer passed on: another may be due.
                }
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                LogSweepFailed(logger, exception);
            }

            try
            {
                await Task.Delay(interval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Passes on the offer due first, if any and if no other instance is at it; true when it handled one.</summary>
    public async Task<bool> ExpireNextAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var sweeping = await db.Database.SqlQuery<bool>($"""SELECT pg_try_advisory_xact_lock({SweepLock}) AS "Value" """).SingleAsync(cancellationToken);
        if (!sweeping)
        {
            return false;
        }

        var now = clock.GetUtcNow();
        var due = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.Status == WaitlistStatus.Offered && e.OfferExpiresAt <= now)
            .OrderBy(e => e.OfferExpiresAt)
            .Select(e => new { e.Id, e.CourseId })
            .FirstOrDefaultAsync(cancellationToken);
        if (due is null)
        {
            return false;
        }

        await SeatLedger.LockCoursesAsync(SeatLedger.ConnectionOf(db), [due.CourseId], cancellationToken);
        var entry = await db.WaitlistEntries
            .FromSql($"""SELECT * FROM "WaitlistEntries" WHERE "Id" = {due.Id} FOR UPDATE""")
            .SingleAsync(cancellationToken);
        if (entry.Status == WaitlistStatus.Offered && entry.OfferExpiresAt <= now)
        {
            await ExpireAsync(db, entry, now, cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task ExpireAsync(ReinscriptionDbContext db, WaitlistEntry entry, DateTimeOffset now, CancellationToken cancellationToken)
    {
        entry.Expire(now);
        var moves = new SeatMoves().EndOffer(entry.CourseId);
        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is not null)
        {
            throw new InvalidOperationException($"Course {entry.CourseId} refused to give back the seat held for entry {entry.Id}.");
        }

        var detail = await db.WaitlistEntries
            .Where(e => e.Id == entry.Id)
            .Select(e => new { e.Request!.Student, e.Request.Student!.Family, e.Request.Student.Family!.Site, e.Course })
            .SingleAsync(cancellationToken);
        db.Queue(SeatMails.OfferExpired(detail.Family!, detail.Student!, detail.Course!), now);
        db.Audit(WaitingLists.Actor, now, detail.Site!.Id, "waitlist.expired", "Liste d'attente", entry.Id,
            $"Proposition de {detail.Course!.SlotLabel} à {detail.Student!.FullName} expirée sans réponse.",
            AuditLog.Diff(("Statut", nameof(WaitlistStatus.Offered), nameof(WaitlistStatus.Expired))));
        await db.SaveChangesAsync(cancellationToken);
        if (await db.OfferFreeSeatsAsync([entry.CourseId], now, new OfferLinks(portal.Value.PublicBaseUrl), cancellationToken) > 0)
        {
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "Waiting-list offer expiry failed; it will be retried")]
    private static partial void LogSweepFailed(ILogger logger, Exception exception);
}
