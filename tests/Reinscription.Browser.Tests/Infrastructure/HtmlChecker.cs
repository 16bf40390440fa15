using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>
/// The Nu Html Checker (vnu.jar) running as a local HTTP service for the whole run: the JVM and the
/// schemas load once (about 20 s here), then each page takes milliseconds, where one
/// <c>java -jar vnu.jar</c> per page would cost seconds.
/// </summary>
public sealed class HtmlChecker : IAsyncDisposable
{
    private readonly Process _process;
    private readonly HttpClient _http;
    private readonly Task _ready;
    private readonly Queue<string> _log = new();

    private HtmlChecker(Process process, int port)
    {
        _process = process;
        _http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(1) };
        // The checker answers 400 to a request without one.
        _http.DefaultRequestHeaders.UserAgent.ParseAdd("Reinscription.Browser.Tests");
        _ready = WaitUntilReadyAsync();
    }

    /// <summary>Starts the checker; it gets ready while the app and the browser start.</summary>
    public static HtmlChecker Start()
    {
        var port = FreePort();
        var start = new ProcessStartInfo("java")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "-Xmx512m", "-Xss1024k", "-Dnu.validator.servlet.bind-address=127.0.0.1",
                     "-cp", BrowserEnvironment.VnuJar, "nu.validator.servlet.Main", port.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("java did not start the Nu Html Checker.");
        var checker = new HtmlChecker(process, port);
        process.OutputDataReceived += (_, line) => checker.Log(line.Data);
        process.ErrorDataReceived += (_, line) => checker.Log(line.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return checker;
    }

    /// <summary>The checker's errors in <paramref name="html"/>, each with its line and the markup around it.</summary>
    public async Task<IReadOnlyList<string>> ErrorsInAsync(string html)
    {
        await _ready;
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(html));
        content.Headers.ContentType = new MediaTypeHeaderValue("text/html") { CharSet = "utf-8" };
        using var response = await _http.PostAsync(new Uri("/?out=json", UriKind.Relative), content);
        response.EnsureSuccessStatusCode();
        using var report = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return [.. report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => string.Create(CultureInfo.InvariantCulture,
                $"line {(m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0)}: {m.GetProperty("message").GetString()}" +
                $" «{(m.TryGetProperty("extract", out var extract) ? extract.GetString() : "")}»"))];
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
        _http.Dispose();
    }

    private void Log(string? line)
    {
        lock (_log)
        {
            if (line is not null)
            {
                _log.Enqueue(line);
            }

            while (_log.Count > 20)
            {
                _log.Dequeue();
            }
        }
    }

    private string LastLines()
    {
        lock (_log)
        {
            return string.Join(Environment.NewLine, _log);
        }
    }

    private async Task WaitUntilReadyAsync()
    {
        string? lastFailure = null;
        var deadline = DateTime.UtcNow.AddMinutes(5);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException(
                    $"The Nu Html Checker stopped (exit code {_process.ExitCode}); it said:{Environment.NewLine}{LastLines()}");
            }

            try
            {
                using var response = await _http.GetAsync(new Uri("/", UriKind.Relative));
                if (response.IsSuccessStatusCode)
                {
                    return;
                }

                lastFailure = $"HTTP {(int)response.StatusCode}";
            }
            catch (HttpRequestException e)
            {
                // Not listening yet.
                lastFailure = e.Message;
            }

            await Task.Delay(250);
        }

        throw new TimeoutException(
            $"The Nu Html Checker did not answer within 5 minutes ({lastFailure}); it said:{Environment.NewLine}{LastLines()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
