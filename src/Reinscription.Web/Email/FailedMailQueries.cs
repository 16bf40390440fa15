using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Email;

public static class FailedMailQueries
{
    /// <summary>The mails given up for a staff member's sites, newest first: for the dashboard.</summary>
    public static async Task<IReadOnlyList<FailedMail>> FailedMailsForAsync(
        this ReinscriptionDbContext db,
        int staffId,
        CancellationToken cancellationToken) =>
        await db.Outbox.AsNoTracking()
            .Where(m => m.GaveUpAt != null && db.SitesOf(staffId).Any(s => s.Id == m.SiteId))
            .OrderByDescending(m => m.GaveUpAt)
            .Take(20)
            .Select(m => new FailedMail(m.To, m.Subject, m.GaveUpAt!.Value, m.LastError))
            .ToListAsync(cancellationToken);
}

public sealed record FailedMail(string To, string Subject, DateTimeOffset GaveUpAt, string? LastError);
