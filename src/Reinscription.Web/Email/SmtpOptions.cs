namespace Reinscription.Web.Email;

/// <summary>The mail server, from configuration (Smtp__Host, Smtp__Port…).</summary>
public sealed class SmtpOptions
{
    public const string Section = "Smtp";

    public string Host { get; set; } = "127.0.0.1";

    public int Port { get; set; } = 1025;

    public string? User { get; set; }

    public string? Password { get; set; }

    public string From { get; set; } = "Conservatoires <no-reply@reinscription.local>";

    /// <summary>STARTTLS or implicit TLS with certificate checks on; off only for a local catcher.</summary>
    public bool UseTls { get; set; }

    /// <summary>How often the outbox is looked at for due mail.</summary>
    public int PollMilliseconds { get; set; } = 1000;
}
