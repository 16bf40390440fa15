namespace Reinscription.Web.Launch;

/// <summary>
/// The single-use link a launch or reminder e-mail gave a family to choose its password. Only the
/// token's SHA-256 is kept: the database never holds a working link. The link works while the
/// campaign is open (until its closing instant, whatever it is by then) and until it or any other link
/// of the family has been used (decision record 030).
/// </summary>
public class LaunchLink
{
    private LaunchLink()
    {
    }

    public long Id { get; private set; }

    public int MailingId { get; private set; }

    public LaunchMailing? Mailing { get; private set; }

    public int FamilyId { get; private set; }

    public byte[] TokenHash { get; private set; } = [];

    /// <summary>The e-mail that carried the link, for the mailing's queued / sent / failed counts.</summary>
    public long OutboxMessageId { get; private set; }

    public DateTimeOffset? UsedAt { get; private set; }
}
