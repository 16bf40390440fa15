namespace Reinscription.Web.Email;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that caused
/// it, so an SMTP outage delays the mail and never loses it.
/// </summary>
public class OutboxMessage
{
    private OutboxMessage()
    {
    }

    public OutboxMessage(string to, string subject, string htmlBody, string textBody, DateTimeOffset createdAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        To = to;
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
    }

    public long Id { get; private set; }

    public string To { get; private set; } = "";

    public string Subject { get; private set; } = "";

    public string HtmlBody { get; private set; } = "";

    public string TextBody { get; private set; } = "";

    public DateTimeOffset CreatedAt { get; private set; }

    public int Attempts { get; private set; }

    public DateTimeOffset NextAttemptAt { get; private set; }

    public DateTimeOffset? SentAt { get; private set; }

    public string? LastError { get; private set; }

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
        Attempts++;
    }

    /// <summary>Backs off exponentially, capped at one hour, and never gives up on its own.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var delaySeconds = Math.Min(3600, 5 * Math.Pow(2, Math.Min(Attempts - 1, 10)));
        NextAttemptAt = now.AddSeconds(delaySeconds);
    }
}
