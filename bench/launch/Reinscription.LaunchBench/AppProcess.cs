using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Reinscription.LaunchBench;

/// <summary>The app from its Release build, as scripts/run starts it but in Production and without demo data, on a free port.</summary>
public sealed class AppProcess : IDisposable
{
    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log, Uri baseUri)
    {
        _process = process;
        _log = log;
        BaseUri = baseUri;
    }

    public Uri BaseUri { get; }

    public static AppProcess Start(LaunchOptions options, string connectionString)
    {
        int port;
        using (var listener = new TcpListener(IPAddress.Loopback, 0))
        {
            listener.Start();
            port = ((IPEndPoint)listener.LocalEndpoint).Port;
        }

        var baseUri = new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}/");
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = options.WebProjectDir,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(options.WebDll);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ConnectionStrings__Reinscription"] = connectionString;
        environment["Smtp__Host"] = "127.0.0.1";
        environment["Smtp__Port"] = options.SmtpPort.ToString(CultureInfo.InvariantCulture);
        environment["Smtp__UseTls"] = "false";
        environment["Demo__Seed"] = "false";
        environment["Rgpd__NightlyPurge"] = "false";
        environment["RateLimits__SignInPerMinute"] = "1000000";
        environment["Logging__LogLevel__Default"] = "Warning";

        var log = new StreamWriter(Path.Combine(options.LogDir, "launch-app.log"), append: false) { AutoFlush = true };
        var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, log, baseUri);
    }

    public async Task WaitHealthyAsync()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddMinutes(2);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException("The app stopped at start-up: see .data/bench/launch-app.log.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, "health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet, or busy migrating.
            }

            await Task.Delay(250);
        }

        throw new TimeoutException("The app did not answer /health within two minutes.");
    }

    private static void Write(StreamWriter log, string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
                // A last line after the benchmark closed the log.
            }
        }
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited)
            {
                _process.Kill(entireProcessTree: true);
                _process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        _process.Dispose();
        lock (_log)
        {
            _log.Dispose();
        }
    }
}
