using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Data;

namespace Reinscription.Web.Launch;

/// <summary>Who the launch mails, who has started, and how far the mailings have gone.</summary>
public static class LaunchQueries
{
    /// <summary>Families the launch can reach: guardian 1 has an e-mail address.</summary>
    public static IQueryable<Family> MailableFamiliesOf(this ReinscriptionDbContext db, int siteId) =>
        db.Families.Where(f => f.SiteId == siteId && EF.Functions.Like(f.Guardian1.Email, "%@%"));

    /// <summary>Families the launch cannot reach: staff give them their identifier another way.</summary>
    public static IQueryable<Family> FamiliesWithoutEmailOf(this ReinscriptionDbContext db, int siteId) =>
        db.Families.Where(f => f.SiteId == siteId && !EF.Functions.Like(f.Guardian1.Email, "%@%"));

    /// <summary>
    /// Families that have not started the campaign: none of its links used to choose a password, and no
    /// request (re-enrol or not) for any of their students. "Relancer" mails these only (decision record 030).
    /// </summary>
    public static IQueryable<Family> NotStartedIn(this IQueryable<Family> families, ReinscriptionDbContext db, int campaignId) =>
        families.Where(f =>
            !db.LaunchLinks.Any(l => l.FamilyId == f.Id && l.UsedAt != null && l.Mailing!.CampaignId == campaignId)
            && !db.ReenrollmentRequests.Any(r => r.CampaignId == campaignId && r.Student!.FamilyId == f.Id));

    /// <summary>Each mailing of a campaign, oldest first, with where its e-mails stand; two queries.</summary>
    public static async Task<IReadOnlyList<MailingProgress>> MailingProgressAsync(
        this ReinscriptionDbContext db,
        int campaignId,
        CancellationToken cancellationToken)
    {
        var mailings = await (
                from m in db.LaunchMailings.AsNoTracking()
                where m.CampaignId == campaignId
                join s in db.StaffMembers on m.StaffId equals s.Id into staff
                from s in staff.DefaultIfEmpty()
                orderby m.CreatedAt, m.Id
                select new { m.Id, m.Kind, m.CreatedAt, m.Recipients, StaffName = s == null ? null : s.FullName })
            .ToListAsync(cancellationToken);
        if (mailings.Count == 0)
        {
            return [];
        }

        var counts = await (
                from l in db.LaunchLinks.AsNoTracking()
                where l.Mailing!.CampaignId == campaignId
                join o in db.Outbox on l.OutboxMessageId equals o.Id
                group new { l.UsedAt, o.SentAt, o.Attempts } by l.MailingId into g
                select new
                {
                    MailingId = g.Key,
                    Total = g.Count(),
                    Sent = g.Count(x => x.SentAt != null),
                    Failed = g.Count(x => x.SentAt == null && x.Attempts > 0),
                    Used = g.Count(x => x.UsedAt != null),
                })
            .ToDictionaryAsync(c => c.MailingId, cancellationToken);
        return [.. mailings.Select(m => counts.TryGetValue(m.Id, out var c)
            ? new MailingProgress(m.Id, m.Kind, m.CreatedAt, m.StaffName ?? "", c.Total, c.Total - c.Sent - c.Failed, c.Sent, c.Failed, c.Used)
            : new MailingProgress(m.Id, m.Kind, m.CreatedAt, m.StaffName ?? "", 0, 0, 0, 0, 0))];
    }
}

/// <param name="Queued">Not yet tried.</param>
/// <param name="Failed">Tried and refused by the mail server; the outbox keeps retrying them with back-off.</param>
/// <param name="LinksUsed">Families that chose their password with this mailing's link.</param>
public sealed record MailingProgress(
    int Id,
    LaunchMailingKind Kind,
    DateTimeOffset CreatedAt,
    string StaffName,
    int Total,
    int Queued,
    int Sent,
    int Failed,
    int LinksUsed)
{
    public string Label => Kind == LaunchMailingKind.Launch ? "Lancement" : "Relance";
}
