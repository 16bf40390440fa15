using System.Diagnostics;
using System.Net;

namespace Reinscription.Bench;

/// <summary>
/// One virtual parent's browser: its own HttpClient, no automatic redirect, and its own cookie jar.
/// The app marks its session cookie Secure; the benchmark talks plain HTTP to 127.0.0.1 (there is no TLS
/// terminator on a loopback run), and HttpClient's CookieContainer would never send a Secure cookie over
/// HTTP, so the jar keeps and sends every cookie itself, as a browser does for a secure context.
/// </summary>
public sealed class Browser : IDisposable
{
    private readonly HttpClient client;
    private readonly Uri[] bases;
    private readonly Dictionary<string, string> cookies = new(StringComparer.Ordinal);
    private readonly bool keepsCookies;
    private int next;

    /// <param name="bases">The app instances; with several, requests go round-robin, as behind a load balancer without stickiness.</param>
    public Browser(IReadOnlyList<Uri> bases, Recorder recorder, bool keepsCookies = true, int firstInstance = 0)
    {
        this.bases = [.. bases];
        Recorder = recorder;
        this.keepsCookies = keepsCookies;
        next = firstInstance;
        client = new HttpClient(new SocketsHttpHandler
        {
            UseCookies = false,
            AllowAutoRedirect = false,
            AutomaticDecompression = DecompressionMethods.None,
            ConnectTimeout = TimeSpan.FromSeconds(10),
        })
        {
            Timeout = TimeSpan.FromSeconds(60),
        };
    }

    /// <summary>Where latencies go: a phase switches it to its own while the parent keeps its session.</summary>
    public Recorder Recorder { get; private set; }

    public Browser WithRecorder(Recorder recorder)
    {
        Recorder = recorder;
        return this;
    }

    public async Task<Reply> GetAsync(string kind, string path, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, Next(path));
        return await SendAsync(kind, request, cancellationToken);
    }

    public async Task<Reply> PostAsync(string kind, string path, IEnumerable<KeyValuePair<string, string>> form, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, Next(path)) { Content = new FormUrlEncodedContent(form) };
        return await SendAsync(kind, request, cancellationToken);
    }

    private Uri Next(string path)
    {
        var baseUri = bases[next % bases.Length];
        next++;
        return new Uri(baseUri, path);
    }

    private async Task<Reply> SendAsync(string kind, HttpRequestMessage request, CancellationToken cancellationToken)
    {
        if (keepsCookies && cookies.Count > 0)
        {
            request.Headers.Add("Cookie", string.Join("; ", cookies.Select(c => $"{c.Key}={c.Value}")));
        }

        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await client.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            var body = await response.Content.ReadAsStringAsync(cancellationToken);
            watch.Stop();
            if (keepsCookies && response.Headers.TryGetValues("Set-Cookie", out var setCookies))
            {
                foreach (var setCookie in setCookies)
                {
                    Keep(setCookie);
                }
            }

            var reply = new Reply((int)response.StatusCode, response.Headers.Location?.OriginalString, body);
            Recorder.Record(kind, watch.Elapsed.TotalMilliseconds);
            return reply;
        }
        catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException && !cancellationToken.IsCancellationRequested)
        {
            throw new BenchFailureException($"{kind} {request.RequestUri}: {exception.Message}", exception);
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

public sealed record Reply(int Status, string? Location, string Body);

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
