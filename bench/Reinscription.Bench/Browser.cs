using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Security;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Reinscription.Bench;

/// <summary>
/// Where the parents' requests go: straight to one app process (plain HTTP, the benchmark playing the
/// TLS-terminating proxy with X-Forwarded-Proto and X-Forwarded-For, which the app trusts from loopback),
/// or to nginx over HTTPS, which the benchmark reaches from each parent's own loopback address so that
/// nginx, and through it the app's rate limiter, sees one client per family.
/// </summary>
public sealed class Target
{
    private Target(Uri baseUri, int port, string? trustedThumbprint)
    {
        BaseUri = baseUri;
        Port = port;
        TrustedThumbprint = trustedThumbprint;
    }

    public Uri BaseUri { get; }

    public int Port { get; }

    public string? TrustedThumbprint { get; }

    public bool ViaProxy => TrustedThumbprint is not null;

    public static Target Direct(Uri app) => new(app, app.Port, null);

    public static Target Nginx(string hostName, int port, X509Certificate2 certificate) =>
        new(new Uri($"https://{hostName}:{port.ToString(CultureInfo.InvariantCulture)}/"), port, certificate.Thumbprint);

    /// <summary>Parent n's address: 127.1.x.y, never 127.0.0.1 (the proxy's own, which the app trusts).</summary>
    public static IPAddress ClientAddress(int n) =>
        new([127, (byte)(1 + (n / 62_500)), (byte)(n / 250 % 250), (byte)((n % 250) + 1)]);
}

/// <summary>
/// One parent's browser: its own HttpClient and connection, no automatic redirect, its own cookie jar. The
/// jar sends every cookie back, Secure ones included, as a browser does in the secure context the app is
/// told it is in (direct runs have no TLS on loopback; HttpClient's CookieContainer would drop them).
/// Transport errors are answers with status 0, not exceptions: the journey decides what a parent does next.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient client;
    private readonly Target target;
    private readonly string clientAddress;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly bool keepsCookies;

    public Browser(Target target, Recorder recorder, int clientNumber, bool keepsCookies = true)
    {
        this.target = target;
        Recorder = recorder;
        this.keepsCookies = keepsCookies;
        var address = Target.ClientAddress(clientNumber);
        clientAddress = address.ToString();
        var handler = new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
            // Below nginx's and Kestrel's idle timeouts: the client drops an idle connection before the server does,
            // so that a POST is never written into a connection the server has just closed.
            PooledConnectionIdleTimeout = TimeSpan.FromSeconds(50),
        };
        if (target.ViaProxy)
        {
            handler.ConnectCallback = async (_, cancellationToken) =>
            {
                var socket = new Socket(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                try
                {
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(new IPEndPoint(IPAddress.Loopback, target.Port), cancellationToken);
                    return new NetworkStream(socket, ownsSocket: true);
                }
                catch
                {
                    socket.Dispose();
                    throw;
                }
            };
            handler.SslOptions = new SslClientAuthenticationOptions
            {
                // Trusts the certificate bench/rush made for nginx, and only it.
                RemoteCertificateValidationCallback = (_, certificate, _, _) =>
                    certificate is not null && string.Equals(certificate.GetCertHashString(), target.TrustedThumbprint, StringComparison.OrdinalIgnoreCase),
            };
        }

        client = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
    }

    /// <summary>Where latencies go: a phase switches it to its own while the parent keeps its session.</summary>
    public Recorder Recorder { get; private set; }

    public Browser WithRecorder(Recorder recorder)
    {
        Recorder = recorder;
        return this;
    }

    public Task<Reply> GetAsync(string kind, string path, CancellationToken cancellationToken, long? due = null) =>
        SendAsync(kind, HttpMethod.Get, path, null, due, cancellationToken);

    public Task<Reply> PostAsync(string kind, string path, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken, long? due = null) =>
        SendAsync(kind, HttpMethod.Post, path, form, due, cancellationToken);

    /// <summary>
    /// Sends one request. Its latency runs from <paramref name="due"/> (a Stopwatch timestamp: when the parent
    /// meant to send it, in an open loop) or else from now, to the last byte of the answer. 503 answers are
    /// counted apart, not as page latencies.
    /// </summary>
    private async Task<Reply> SendAsync(string kind, HttpMethod method, string path, IEnumerable<KeyValuePair<string, string>>? form, long? due, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, new Uri(target.BaseUri, path));
        if (form is not null)
        {
            request.Content = new FormUrlEncodedContent(form);
        }

        if (!target.ViaProxy)
        {
            request.Headers.Add("X-Forwarded-Proto", "https");
            request.Headers.Add("X-Forwarded-For", clientAddress);
        }

        if (keepsCookies && cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var sent = Stopwatch.GetTimestamp();
        var start = due ?? sent;
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            var done = Stopwatch.GetTimestamp();
            if (keepsCookies && response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    Keep(setCookie);
                }
            }

            var status = (int)response.StatusCode;
            var retryAfter = response.Headers.RetryAfter?.Delta;
            if (status == 503)
            {
                Recorder.Unavailable(kind);
            }
            else
            {
                Recorder.Record(kind, Stopwatch.GetElapsedTime(start, done));
            }

            return new Reply(status, response.Headers.Location?.OriginalString, body, sent, done, retryAfter, null);
        }
        catch (Exception exception) when (exception is HttpRequestException or IOException || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
        {
            return new Reply(0, null, "", sent, Stopwatch.GetTimestamp(), null, $"{kind} {method} {path}: {exception.GetBaseException().Message}");
        }
    }

    private void Keep(string setCookie)
    {
        var pair = setCookie.Split(';', 2)[0];
        var equals = pair.IndexOf('=', StringComparison.Ordinal);
        if (equals <= 0)
        {
            return;
        }

        var name = pair[..equals].Trim();
        var value = pair[(equals + 1)..].Trim();
        // ASP.NET Core deletes a cookie with an empty value and an expiry in 1970.
        if (value.Length == 0 || setCookie.Contains("expires=Thu, 01 Jan 1970", StringComparison.OrdinalIgnoreCase))
        {
            cookies.Remove(name);
        }
        else
        {
            cookies[name] = value;
        }
    }

    public void Dispose() => client.Dispose();
}

/// <summary>An answer: status 0 with <see cref="Error"/> when the connection failed; Sent and Done are Stopwatch timestamps.</summary>
public sealed record Reply(int Status, string? Location, string Body, long Sent, long Done, TimeSpan? RetryAfter, string? Error);

/// <summary>An answer the benchmark did not expect: the request counts as failed.</summary>
public sealed class BenchFailureException : Exception
{
    public BenchFailureException()
    {
    }

    public BenchFailureException(string message)
        : base(message)
    {
    }

    public BenchFailureException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
