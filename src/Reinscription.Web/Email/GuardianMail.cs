using Reinscription.Domain.Families;

namespace Reinscription.Web.Email;

/// <summary>A family's e-mail sent to each of its guardians who has an address, each greeted by name.</summary>
public static class GuardianMail
{
    public static IReadOnlyList<MailMessage> ToGuardians(
        Family family,
        string subject,
        IReadOnlyList<string> paragraphs,
        MailLink? link = null)
    {
        ArgumentNullException.ThrowIfNull(family);
        return [.. new[] { family.Guardian1, family.Guardian2 }
            .OfType<Guardian>()
            .Where(g => !string.IsNullOrWhiteSpace(g.Email))
            .DistinctBy(g => g.Email.Trim(), StringComparer.OrdinalIgnoreCase)
            .Select(g => new MailMessage(g.Email.Trim(), subject, $"Bonjour {g.FormalName},", paragraphs, family.Site!, link))];
    }

    /// <summary>Queues the mails in the outbox, to be saved by the caller's SaveChanges with the change they report.</summary>
    public static void Queue(this Data.ReinscriptionDbContext db, IEnumerable<MailMessage> mails, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(mails);
        db.Outbox.AddRange(mails.Select(m => m.ToOutbox(now)));
    }
}
