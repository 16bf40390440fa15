namespace Reinscription.Web.Accounts;

/// <summary>
/// A signed-in session, kept server-side: the cookie carries only its key, so signing out, a
/// password change or the end of the absolute lifetime ends it for every copy of the cookie.
/// </summary>
public class AccountSession
{
    private AccountSession()
    {
    }

    public AccountSession(string id, string accountId, byte[] ticket, DateTimeOffset startedAt, DateTimeOffset endsAt)
    {
        Id = id;
        AccountId = accountId;
        Ticket = ticket;
        StartedAt = startedAt;
        EndsAt = endsAt;
    }

    public string Id { get; private set; } = "";

    public string AccountId { get; private set; } = "";

    /// <summary>The serialized authentication ticket (claims and cookie properties).</summary>
    public byte[] Ticket { get; private set; } = [];

    public DateTimeOffset StartedAt { get; private set; }

    /// <summary>The absolute end of the session, whatever its activity (ASVS 7.3.2).</summary>
    public DateTimeOffset EndsAt { get; private set; }
}
