using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text.Json.Serialization;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>
/// A real MailDev process: the app sends to its SMTP port, tests read its REST API. It can be
/// stopped and started again on the same ports to simulate an SMTP outage.
/// </summary>
public sealed class MailCatcher : IAsyncDisposable
{
    private readonly HttpClient _api;
    private Process? _process;

    // MailDev's default folder is /tmp/maildev, shared by every MailDev on the machine, and "delete all"
    // empties the whole folder: another test run's reset would delete this one's mails as they arrive
    // (MailDev then refuses them, and the app retries minutes later). Each catcher keeps its own.
    private readonly string _mailDirectory = Path.Combine(Path.GetTempPath(), $"maildev-{Guid.NewGuid():N}");

    private MailCatcher(int smtpPort, int webPort)
    {
        SmtpPort = smtpPort;
        WebPort = webPort;
        _api = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{webPort}") };
    }

    public int SmtpPort { get; }

    public int WebPort { get; }

    public static async Task<MailCatcher> StartAsync()
    {
        var catcher = new MailCatcher(FreePort(), FreePort());
        await catcher.StartAgainAsync();
        return catcher;
    }

    public async Task StartAgainAsync()
    {
        var start = new ProcessStartInfo(TestEnvironment.MailDevBin)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--smtp", SmtpPort.ToString(CultureInfo.InvariantCulture), "--ip", "127.0.0.1",
                     "--web", WebPort.ToString(CultureInfo.InvariantCulture), "--web-ip", "127.0.0.1",
                     "--mail-directory", _mailDirectory,
                 })
        {
            start.ArgumentList.Add(argument);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("MailDev did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (DateTime.UtcNow < deadline)
        {
            try
            {
                using var response = await _api.GetAsync(new Uri("/api/healthz", UriKind.Relative));
                if (response.IsSuccessStatusCode && await SmtpAnswersAsync())
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("MailDev did not become healthy within 30 seconds.");
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async Task ClearAsync()
    {
        using var response = await _api.DeleteAsync(new Uri("/api/email/all", UriKind.Relative));
        response.EnsureSuccessStatusCode();
    }

    public async Task<IReadOnlyList<CaughtMail>> MessagesAsync() =>
        await _api.GetFromJsonAsync<List<CaughtMail>>(new Uri("/api/email", UriKind.Relative)) ?? [];

    /// <summary>Waits for mail to <paramref name="recipient"/>: the app sends from a background queue.</summary>
    public async Task<CaughtMail> WaitForMailToAsync(string recipient, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var mail = (await MessagesAsync()).FirstOrDefault(m => m.IsTo(recipient));
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail reached {recipient}.");
    }

    /// <summary>Waits for mail to <paramref name="recipient"/> whose subject starts with <paramref name="subjectStart"/>.</summary>
    public async Task<CaughtMail> WaitForMailAsync(string recipient, string subjectStart, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (DateTime.UtcNow < deadline)
        {
            var mail = (await MessagesAsync()).FirstOrDefault(m => m.IsTo(recipient) && m.Subject.StartsWith(subjectStart, StringComparison.Ordinal));
            if (mail is not null)
            {
                return mail;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException($"No mail \"{subjectStart}…\" reached {recipient}.");
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        _api.Dispose();
        if (Directory.Exists(_mailDirectory))
        {
            Directory.Delete(_mailDirectory, recursive: true);
        }
    }

    private async Task<bool> SmtpAnswersAsync()
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, SmtpPort);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

public sealed class CaughtMail
{
    [JsonPropertyName("subject")]
    public string Subject { get; set; } = "";

    [JsonPropertyName("text")]
    public string? Text { get; set; }

    [JsonPropertyName("html")]
    public string? Html { get; set; }

    [JsonPropertyName("envelope")]
    public MailEnvelope? Envelope { get; set; }

    public bool IsTo(string recipient) =>
        Envelope?.To.Any(t => string.Equals(t.Address, recipient, StringComparison.OrdinalIgnoreCase)) == true;
}

public sealed class MailEnvelope
{
    [JsonPropertyName("to")]
    public List<MailAddress> To { get; set; } = [];
}

public sealed class MailAddress
{
    [JsonPropertyName("address")]
    public string Address { get; set; } = "";
}
