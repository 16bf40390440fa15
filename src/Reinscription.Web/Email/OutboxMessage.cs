namespace Reinscription.Web.Email;

/// <summary>
/// An e-mail waiting to be sent. It is written in the same transaction as the change that caused
/// it, so an SMTP outage delays the mail and never loses it. A mail that the server refuses
/// several times is set aside for staff to see (decision record 018).
/// </summary>
public class OutboxMessage
{
    /// <summary>Refusals of this very mail (not outages) after which it is no longer tried.</summary>
    public const int MaxRejections = 5;

    private OutboxMessage()
    {
    }

    public OutboxMessage(string to, string subject, string htmlBody, string textBody, DateTimeOffset createdAt, int? siteId = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(to);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        To = to;
        Subject = subject;
        HtmlBody = htmlBody;
        TextBody = textBody;
        CreatedAt = createdAt;
        NextAttemptAt = createdAt;
        SiteId = siteId;
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

    /// <summary>The site the mail speaks for, so that its staff see it when it cannot be delivered.</summary>
    public int? SiteId { get; private set; }

    /// <summary>How many times the server refused this mail; an outage does not count.</summary>
    public int Rejections { get; private set; }

    /// <summary>When the sender stopped trying: the mail is listed on the staff dashboard.</summary>
    public DateTimeOffset? GaveUpAt { get; private set; }

    /// <summary>The body carries a secret (a link to choose a password): it is blanked once sent.</summary>
    public bool ForgetBodyWhenSent { get; private set; }

    public void KeepBodyOnlyUntilSent() => ForgetBodyWhenSent = true;

    public void MarkSent(DateTimeOffset now)
    {
        SentAt = now;
        LastError = null;
        Attempts++;
        if (ForgetBodyWhenSent)
        {
            HtmlBody = "";
            TextBody = "";
        }
    }

    /// <summary>The server could not be reached: backs off, capped at one hour, and never gives up on its own.</summary>
    public void MarkFailed(string error, DateTimeOffset now)
    {
        Attempts++;
        LastError = error.Length > 2000 ? error[..2000] : error;
        var delaySeconds = Math.Min(3600, 5 * Math.Pow(2, Math.Min(Attempts - 1, 10)));
        NextAttemptAt = now.AddSeconds(delaySeconds);
    }

    /// <summary>The server refused this mail: backs off like an outage, and gives up after <see cref="MaxRejections"/>.</summary>
    public void MarkRejected(string error, DateTimeOffset now)
    {
        MarkFailed(error, now);
        Rejections++;
        if (Rejections >= MaxRejections)
        {
            GaveUpAt = now;
        }
    }
}
