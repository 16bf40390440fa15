using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>
/// Hands freed seats to the waiting lists. Under the course's row lock, as many of the first families in line
/// as there are seats free each get an offer: the seat held for them (<see cref="SeatMoves.Offer"/>) until the
/// site's deadline, an e-mail to both guardians, an audit line. Every change that frees a seat calls it in its
/// own transaction, after saving the change, so that no seat stays free while a family waits for it.
/// </summary>
public static class WaitingLists
{
    public static readonly AuditActor Actor = AuditActor.System("Listes d'attente");

    private static readonly string[] ActiveStatuses = [nameof(WaitlistStatus.Waiting), nameof(WaitlistStatus.Offered)];

    /// <summary>The request's places in waiting lists, each with its rank among the families still in line.</summary>
    public static async Task<IReadOnlyList<WaitlistPlace>> WaitlistPlacesAsync(
        this ReinscriptionDbContext db,
        int requestId,
        CancellationToken cancellationToken) =>
        await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.RequestId == requestId)
            .OrderBy(e => e.Position)
            .Select(e => new WaitlistPlace(
                e.Id,
                e.ChoiceId,
                e.CourseId,
                e.Status,
                e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered
                    ? db.WaitlistEntries.Count(o => o.CourseId == e.CourseId && o.Position <= e.Position
                                                    && (o.Status == WaitlistStatus.Waiting || o.Status == WaitlistStatus.Offered))
                    : null,
                e.OfferExpiresAt))
            .ToListAsync(cancellationToken);

    /// <summary>
    /// The request's entries still in line, locked after the courses they hang on (and <paramref name="alsoLock"/>):
    /// courses first, then waiting-list rows, the one lock order of every seat change (decision 046).
    /// </summary>
    public static async Task<List<WaitlistEntry>> LockActiveEntriesAsync(
        this ReinscriptionDbContext db,
        int requestId,
        IEnumerable<int> alsoLock,
        CancellationToken cancellationToken)
    {
        var courses = await db.WaitlistEntries.AsNoTracking()
            .Where(e => e.RequestId == requestId && (e.Status == WaitlistStatus.Waiting || e.Status == WaitlistStatus.Offered))
            .Select(e => e.CourseId)
            .ToListAsync(cancellationToken);
        await SeatLedger.LockCoursesAsync(SeatLedger.ConnectionOf(db), courses.Concat(alsoLock), cancellationToken);
        return await db.WaitlistEntries
            .FromSql($"""SELECT * FROM "WaitlistEntries" WHERE "RequestId" = {requestId} AND "Status" = ANY({ActiveStatuses}) ORDER BY "Id" FOR UPDATE""")
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Offers the seats free in these courses to the first families in line. Call inside the transaction that
    /// freed them, after its SaveChanges (so that the list reads the change), and save again afterwards.
    /// </summary>
    public static async Task<int> OfferFreeSeatsAsync(
        this ReinscriptionDbContext db,
        IEnumerable<int> courseIds,
        DateTimeOffset now,
        OfferLinks links,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(links);
        var moves = new SeatMoves();
        var offered = new List<WaitlistEntry>();
        foreach (var courseId in courseIds.Distinct().Order())
        {
            var seats = await db.Database.SqlQuery<FreeSeats>($"""
                SELECT c."Capacity" - c."SeatsTaken" - c."SeatsOffered" AS "Free", s."OfferLifetimeHours" AS "LifetimeHours"
                FROM "Courses" c JOIN "Sites" s ON s."Id" = c."SiteId"
                WHERE c."Id" = {courseId}
                FOR UPDATE OF c
                """).ToListAsync(cancellationToken);
            if (seats is not [{ Free: > 0 } free])
            {
                continue;
            }

            var next = await db.WaitlistEntries.FromSql($"""
                    SELECT * FROM "WaitlistEntries"
                    WHERE "CourseId" = {courseId} AND "Status" = {nameof(WaitlistStatus.Waiting)}
                    ORDER BY "Position" LIMIT {free.Free}
                    FOR UPDATE
                    """)
                .ToListAsync(cancellationToken);
            foreach (var entry in next.Where(e => e.Status == WaitlistStatus.Waiting))
            {
                entry.Offer(now, TimeSpan.FromHours(free.LifetimeHours));
                moves.Offer(courseId);
                offered.Add(entry);
            }
        }

        if (offered.Count == 0)
        {
            return 0;
        }

        if (await SeatLedger.ApplyAsync(SeatLedger.ConnectionOf(db), moves, thenCommit: false, cancellationToken) is { } full)
        {
            throw new InvalidOperationException($"Course {full} had no seat for the offers counted under its lock.");
        }

        await AnnounceAsync(db, offered, now, links, cancellationToken);
        return offered.Count;
    }

    private static async Task AnnounceAsync(
        ReinscriptionDbContext db,
        List<WaitlistEntry> offered,
        DateTimeOffset now,
        OfferLinks links,
        CancellationToken cancellationToken)
    {
        var ids = offered.Select(e => e.Id).ToList();
        var details = await db.WaitlistEntries
            .Where(e => ids.Contains(e.Id))
            .Select(e => new { e.Id, e.Request!.Student, e.Request.Student!.Family, e.Request.Student.Family!.Site, e.Course })
            .ToDictionaryAsync(d => d.Id, cancellationToken);
        foreach (var entry in offered)
        {
            var detail = details[entry.Id];
            var deadline = ParisTime.Format(entry.OfferExpiresAt!.Value);
            db.Queue(SeatMails.Offer(detail.Family!, detail.Student!, detail.Course!, entry, links.For(entry.Id)), now);
            db.Audit(Actor, now, detail.Site!.Id, "waitlist.offered", "Liste d'attente", entry.Id,
                $"Place de {detail.Course!.SlotLabel} proposée à {detail.Student!.FullName} jusqu'au {deadline}.",
                AuditLog.Diff(("Statut", nameof(WaitlistStatus.Waiting), nameof(WaitlistStatus.Offered)), ("Réponse attendue avant", null, entry.OfferExpiresAt)));
        }
    }
}

/// <summary>A course's seats free, read under its row lock, and how long its site leaves families to answer.</summary>
public sealed class FreeSeats
{
    public int Free { get; set; }

    public int LifetimeHours { get; set; }
}
