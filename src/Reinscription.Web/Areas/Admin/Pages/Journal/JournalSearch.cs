using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Journal;

/// <summary>A site's audit lines matching the filter, newest first, one page at a time.</summary>
public static class JournalSearch
{
    public const int PageSize = 50;

    public static async Task<JournalPage> SearchAsync(
        this ReinscriptionDbContext db,
        int siteId,
        JournalFilter filter,
        CancellationToken cancellationToken)
    {
        var lines = db.AuditLog.AsNoTracking().Where(e => e.SiteId == siteId);
        if (!string.IsNullOrWhiteSpace(filter.RecordType))
        {
            lines = lines.Where(e => e.RecordType == filter.RecordType);
        }

        if (!string.IsNullOrWhiteSpace(filter.RecordId))
        {
            var recordId = filter.RecordId.Trim();
            lines = lines.Where(e => e.RecordId == recordId);
        }

        if (!string.IsNullOrWhiteSpace(filter.Person))
        {
            var pattern = SearchPatterns.Containing(filter.Person);

            // Staff lines carry the e-mail; names are looked up, so that "Moreau" finds Sandrine Moreau's lines.
            var staffIds = (await db.StaffMembers.Where(s => EF.Functions.ILike(s.FullName, pattern, @"\")).Select(s => s.Id)
                    .ToListAsync(cancellationToken))
                .Select(id => id.ToString(CultureInfo.InvariantCulture)).ToList();
            lines = lines.Where(e => EF.Functions.ILike(e.ActorName, pattern, @"\")
                || (e.ActorKind == AuditActorKind.Staff && staffIds.Contains(e.ActorId!)));
        }

        if (filter.From is { } from)
        {
            var start = ParisTime.ToInstant(from.ToDateTime(TimeOnly.MinValue));
            lines = lines.Where(e => e.At >= start);
        }

        if (filter.To is { } to)
        {
            var end = ParisTime.ToInstant(to.AddDays(1).ToDateTime(TimeOnly.MinValue));
            lines = lines.Where(e => e.At < end);
        }

        var page = await lines.OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Skip((filter.Page - 1) * PageSize).Take(PageSize + 1)
            .ToListAsync(cancellationToken);
        return new JournalPage([.. page.Take(PageSize)], filter.Page, page.Count > PageSize);
    }

    /// <summary>The record types the site's log holds, for the search form's list.</summary>
    public static async Task<IReadOnlyList<string>> RecordTypesAsync(this ReinscriptionDbContext db, int siteId, CancellationToken cancellationToken) =>
        await db.AuditLog.AsNoTracking().Where(e => e.SiteId == siteId)
            .Select(e => e.RecordType).Distinct().OrderBy(t => t).ToListAsync(cancellationToken);

    /// <summary>The sites a staff member administers: only their admins read a site's journal.</summary>
    public static async Task<IReadOnlyList<Site>> AdministeredSitesAsync(this ReinscriptionDbContext db, int staffId, CancellationToken cancellationToken) =>
        await db.SitesAdministeredBy(staffId).AsNoTracking().OrderBy(s => s.Name).ToListAsync(cancellationToken);
}

public sealed record JournalPage(IReadOnlyList<AuditEntry> Lines, int Number, bool HasNext);
