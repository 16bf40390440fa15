using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Privacy;
using Reinscription.Domain.Sites;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Jobs;

namespace Reinscription.Web.Rgpd;

/// <summary>
/// The RGPD purge: deletes the families whose last enrolment is two school years old or more
/// (<see cref="DataRetention"/>), their files first, then their invoices, the family with everything
/// that hangs on it (students, enrolments, requests, changes, links) and its account. What it deleted
/// goes to the audit log as counts per site, never as names.
/// </summary>
public sealed partial class FamilyPurge(ReinscriptionDbContext db, TimeProvider clock, ILogger<FamilyPurge> logger)
{
    public const string JobName = "rgpd-purge";

    /// <summary>The nightly run: null when another instance has it or it already ran today (Paris).</summary>
    public async Task<PurgeReport?> RunOnceTodayAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        PurgeReport? report = null;
        var ran = await db.TryRunAsync(JobName, ParisTime.Today(now), now, async () => report = await PurgeAsync(now, cancellationToken), cancellationToken);
        return ran ? report : null;
    }

    private async Task<PurgeReport> PurgeAsync(DateTimeOffset now, CancellationToken cancellationToken)
    {
        var currentYear = await db.SchoolYears.Where(y => y.IsCurrent).Select(y => (int?)y.StartYear).SingleOrDefaultAsync(cancellationToken);
        if (currentYear is not { } current)
        {
            return PurgeReport.Nothing;
        }

        var lastEnrolments = await db.Enrollments
            .GroupBy(e => e.Student!.FamilyId)
            .Select(g => new { FamilyId = g.Key, LastYear = g.Max(e => e.Course!.SchoolYear!.StartYear) })
            .ToListAsync(cancellationToken);
        var due = lastEnrolments.Where(f => DataRetention.IsDue(f.LastYear, current)).Select(f => f.FamilyId).ToList();
        if (due.Count == 0)
        {
            return PurgeReport.Nothing;
        }

        var families = await db.Families.Where(f => due.Contains(f.Id))
            .Select(f => new
            {
                f.SiteId,
                f.AccountId,
                Students = f.Students.Count,
                Documents = db.SubmittedDocuments.Count(d => d.FamilyId == f.Id),
                Invoices = db.Invoices.Count(i => i.FamilyId == f.Id),
            })
            .ToListAsync(cancellationToken);

        // Files first (their document rows go with them), then what the family row would refuse to lose.
        await db.StoredFiles.Where(file => db.SubmittedDocuments.Any(d => d.FileId == file.Id && due.Contains(d.FamilyId)))
            .ExecuteDeleteAsync(cancellationToken);
        await db.Invoices.Where(i => due.Contains(i.FamilyId)).ExecuteDeleteAsync(cancellationToken);
        await db.Families.Where(f => due.Contains(f.Id)).ExecuteDeleteAsync(cancellationToken);
        var accounts = families.Select(f => f.AccountId).OfType<string>().ToList();
        await db.Users.Where(u => accounts.Contains(u.Id)).ExecuteDeleteAsync(cancellationToken);

        var latestDue = DataRetention.LatestDueYear(current);
        var bySite = families.GroupBy(f => f.SiteId)
            .Select(g => new PurgedSite(g.Key, g.Count(), g.Sum(f => f.Students), g.Sum(f => f.Documents), g.Sum(f => f.Invoices)))
            .ToList();
        foreach (var site in bySite)
        {
            db.Audit(
                AuditActor.System("purge RGPD"),
                now,
                site.SiteId,
                "rgpd.purged",
                "Site",
                site.SiteId,
                $"Purge RGPD : {site.Families} famille(s) sans inscription depuis {latestDue}-{latestDue + 1} supprimée(s), " +
                $"avec {site.Students} élève(s), {site.Documents} document(s) et {site.Invoices} facture(s).",
                AuditLog.Diff(
                    ("Familles supprimées", null, site.Families),
                    ("Élèves supprimés", null, site.Students),
                    ("Documents supprimés", null, site.Documents),
                    ("Factures supprimées", null, site.Invoices)));
        }

        LogPurged(logger, families.Count);
        return new PurgeReport(bySite);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "RGPD purge deleted {Count} families")]
    private static partial void LogPurged(ILogger logger, int count);
}

public sealed record PurgeReport(IReadOnlyList<PurgedSite> Sites)
{
    public static readonly PurgeReport Nothing = new([]);

    public int Families => Sites.Sum(s => s.Families);
}

public sealed record PurgedSite(int SiteId, int Families, int Students, int Documents, int Invoices);
