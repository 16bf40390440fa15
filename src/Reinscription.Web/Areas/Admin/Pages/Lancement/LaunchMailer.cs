using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using NpgsqlTypes;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

/// <summary>
/// Queues a launch or a reminder: one e-mail and one single-use link per family, written by one
/// set-based INSERT (arrays unnested by PostgreSQL, each e-mail filled from one template) in the
/// transaction that records the mailing and its audit line, so that 5,000 families cost one round trip,
/// not 5,000. The outbox sender then delivers them at the mail server's pace (decision record 031).
/// </summary>
public sealed class LaunchMailer(ReinscriptionDbContext db, TimeProvider clock)
{
    // Namespace of the advisory lock that makes two clicks on one campaign take turns ("LNCH").
    private const int LockNamespace = 0x4C4E4348;

    // The blanks are filled link first and greeting last, so that a name cannot bring a blank of its own.
    private const string QueueSql = """
        WITH input AS MATERIALIZED (
            SELECT t.*, nextval(pg_get_serial_sequence('"Outbox"', 'Id')) AS outbox_id
            FROM unnest(@family_ids, @token_hashes, @recipients, @greetings, @greetings_html, @identifiers, @identifiers_html, @links, @links_html)
                 AS t(family_id, token_hash, recipient, greeting, greeting_html, identifier, identifier_html, link, link_html)
        ), mails AS (
            INSERT INTO "Outbox" ("Id", "To", "Subject", "HtmlBody", "TextBody", "CreatedAt", "Attempts", "NextAttemptAt")
            SELECT outbox_id, recipient, @subject,
                   replace(replace(replace(@html, @link_blank, link_html), @identifier_blank, identifier_html), @greeting_blank, greeting_html),
                   replace(replace(replace(@text, @link_blank, link), @identifier_blank, identifier), @greeting_blank, greeting),
                   @now, 0, @now
            FROM input
        )
        INSERT INTO "LaunchLinks" ("MailingId", "FamilyId", "TokenHash", "OutboxMessageId")
        SELECT @mailing_id, family_id, token_hash, outbox_id FROM input
        """;

    /// <param name="latestMailingSeen">The campaign's latest mailing when the page was shown: a click made on an older page is refused, so a double click mails nobody twice.</param>
    /// <param name="linkBase">The password page's absolute URL, ending with the token's parameter.</param>
    public async Task<LaunchOutcome> SendAsync(
        Site site,
        ReenrollmentCampaign campaign,
        LaunchMailingKind kind,
        int? latestMailingSeen,
        string linkBase,
        ClaimsPrincipal staff,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({LockNamespace}, {campaign.Id})", cancellationToken);
        var latest = await db.LaunchMailings.Where(m => m.CampaignId == campaign.Id)
            .OrderByDescending(m => m.Id).Select(m => (int?)m.Id).FirstOrDefaultAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (latest != latestMailingSeen)
        {
            return LaunchOutcome.Stale;
        }

        if (campaign.PhaseAt(now) == CampaignPhase.Closed || (kind == LaunchMailingKind.Reminder) != (latest is not null))
        {
            return LaunchOutcome.NotAllowed;
        }

        var families = db.MailableFamiliesOf(site.Id);
        if (kind == LaunchMailingKind.Reminder)
        {
            families = families.NotStartedIn(db, campaign.Id);
        }

        var recipients = await families.AsNoTracking().OrderBy(f => f.Identifier)
            .Select(f => new Recipient(f.Id, f.Identifier, f.Guardian1))
            .ToListAsync(cancellationToken);
        if (recipients.Count == 0)
        {
            return LaunchOutcome.Sent(0);
        }

        var mailing = new LaunchMailing(site.Id, campaign.Id, kind, staff.RequiredStaffId(), now) { Recipients = recipients.Count };
        db.LaunchMailings.Add(mailing);
        db.Audit(
            staff,
            now,
            site.Id,
            kind == LaunchMailingKind.Launch ? "launch.sent" : "launch.reminded",
            "Campagne",
            campaign.Id,
            kind == LaunchMailingKind.Launch
                ? $"Lancement des réinscriptions {campaign.TargetSchoolYear!.Label} : identifiant et lien envoyés à {recipients.Count} familles."
                : $"Relance des réinscriptions {campaign.TargetSchoolYear!.Label} : {recipients.Count} familles n'ayant pas commencé.",
            AuditLog.Diff(("E-mails mis en file", null, recipients.Count)));
        await db.SaveChangesAsync(cancellationToken);
        await QueueAsync(new LaunchMail(site, campaign, kind, now), mailing.Id, recipients, linkBase, now, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return LaunchOutcome.Sent(recipients.Count);
    }

    private async Task QueueAsync(
        LaunchMail mail,
        int mailingId,
        IReadOnlyList<Recipient> recipients,
        string linkBase,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var count = recipients.Count;
        var familyIds = new int[count];
        var hashes = new byte[count][];
        var emails = new string[count];
        var blanks = new LaunchMail.Blanks[count];
        for (var i = 0; i < count; i++)
        {
            var recipient = recipients[i];
            var token = LaunchTokens.NewToken();
            familyIds[i] = recipient.FamilyId;
            hashes[i] = LaunchTokens.Hash(token);
            emails[i] = recipient.Guardian.Email.Trim();
            blanks[i] = LaunchMail.For(recipient.Guardian.FormalName, recipient.Identifier, linkBase + token);
        }

        var connection = (NpgsqlConnection)db.Database.GetDbConnection();
        var transaction = (NpgsqlTransaction)db.Database.CurrentTransaction!.GetDbTransaction();
        await using var command = new NpgsqlCommand(QueueSql, connection, transaction)
        {
            Parameters =
            {
                new("mailing_id", NpgsqlDbType.Integer) { Value = mailingId },
                new("subject", NpgsqlDbType.Text) { Value = mail.Subject },
                new("html", NpgsqlDbType.Text) { Value = mail.HtmlTemplate },
                new("text", NpgsqlDbType.Text) { Value = mail.TextTemplate },
                new("link_blank", NpgsqlDbType.Text) { Value = LaunchMail.LinkBlank },
                new("identifier_blank", NpgsqlDbType.Text) { Value = LaunchMail.IdentifierBlank },
                new("greeting_blank", NpgsqlDbType.Text) { Value = LaunchMail.GreetingBlank },
                new("now", NpgsqlDbType.TimestampTz) { Value = now },
                new("family_ids", NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = familyIds },
                new("token_hashes", NpgsqlDbType.Array | NpgsqlDbType.Bytea) { Value = hashes },
                new("recipients", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = emails },
                Texts("greetings", blanks, b => b.Greeting),
                Texts("greetings_html", blanks, b => b.GreetingHtml),
                Texts("identifiers", blanks, b => b.Identifier),
                Texts("identifiers_html", blanks, b => b.IdentifierHtml),
                Texts("links", blanks, b => b.Link),
                Texts("links_html", blanks, b => b.LinkHtml),
            },
        };
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    private static NpgsqlParameter Texts(string name, LaunchMail.Blanks[] blanks, Func<LaunchMail.Blanks, string> part) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = Array.ConvertAll(blanks, b => part(b)) };

    private sealed record Recipient(int FamilyId, string Identifier, Guardian Guardian);
}

public sealed record LaunchOutcome(LaunchOutcomeKind Kind, int Count)
{
    public static readonly LaunchOutcome Stale = new(LaunchOutcomeKind.Stale, 0);

    public static readonly LaunchOutcome NotAllowed = new(LaunchOutcomeKind.NotAllowed, 0);

    public static LaunchOutcome Sent(int count) => new(LaunchOutcomeKind.Sent, count);
}

public enum LaunchOutcomeKind
{
    Sent,

    /// <summary>Another mailing went out since the page was shown (a double click, a colleague).</summary>
    Stale,

    /// <summary>The campaign is closed, or a launch was asked twice, or a reminder before the launch.</summary>
    NotAllowed,
}
