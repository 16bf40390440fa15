using System.Net;
using System.Net.Sockets;

namespace Reinscription.Web.Documents;

/// <summary>Where ClamAV's daemon listens; without it uploads are stored unscanned (decision record 011).</summary>
public sealed class AntivirusOptions
{
    public const string Section = "Antivirus";

    /// <summary><c>unix:/run/clamav/clamd.ctl</c> or <c>tcp://127.0.0.1:3310</c>; empty turns scanning off.</summary>
    public string? Clamd { get; set; }

    /// <summary>Connecting, sending the file and reading the verdict together; past it the upload is refused.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>The socket address of <see cref="Clamd"/>; null when scanning is off or the setting is not one of the two forms.</summary>
    public EndPoint? Endpoint()
    {
        if (string.IsNullOrWhiteSpace(Clamd))
        {
            return null;
        }

        if (Clamd.StartsWith("unix:", StringComparison.Ordinal) && Clamd.Length > "unix:".Length)
        {
            return new UnixDomainSocketEndPoint(Clamd["unix:".Length..]);
        }

        return Uri.TryCreate(Clamd, UriKind.Absolute, out var uri) && uri.Scheme == "tcp" && uri.Port > 0
            ? new DnsEndPoint(uri.Host, uri.Port)
            : null;
    }
}
