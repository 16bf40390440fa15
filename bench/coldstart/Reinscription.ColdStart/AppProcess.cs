using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reinscription.ColdStart;

/// <summary>
/// One app process, started as in production (Production environment, keys encrypted with a certificate) from
/// a given folder (the Release build or a publish output) with a variant's environment variables.
/// </summary>
public sealed class AppProcess : IDisposable
{
    private const string KeysPassword = "coldstart";

    private static readonly Lazy<string> KeysCertificate = new(() =>
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Reinscription cold start keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"reinscription-coldstart-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, KeysPassword));
        return path;
    });

    private readonly Process _process;
    private readonly StreamWriter _log;

    private AppProcess(Process process, StreamWriter log, Uri baseUri, Stopwatch sinceStart)
    {
        _process = process;
        _log = log;
        BaseUri = baseUri;
        SinceStart = sinceStart;
    }

    public Uri BaseUri { get; }

    public Stopwatch SinceStart { get; }

    /// <param name="contentRoot">Where wwwroot is: the publish folder, or the project's for a build.</param>
    public static AppProcess Start(string appDir, string contentRoot, string connectionString, IReadOnlyDictionary<string, string> variables, bool seed, string logPath)
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
            WorkingDirectory = contentRoot,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(appDir, "Reinscription.Web.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(baseUri.ToString().TrimEnd('/'));
        var environment = start.Environment;
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        environment["ConnectionStrings__Reinscription"] = connectionString;
        // No SMTP server: nothing in the measured pages sends mail, and a queued mail only waits.
        environment["Smtp__Host"] = "127.0.0.1";
        environment["Smtp__Port"] = "1";
        environment["Smtp__UseTls"] = "false";
        environment["Demo__Seed"] = seed ? "true" : "false";
        environment["Bench__Enabled"] = "true";
        environment["Rgpd__NightlyPurge"] = "false";
        environment["RateLimits__SignInPerMinute"] = "1000000";
        environment["Portal__PublicBaseUrl"] = baseUri.ToString().TrimEnd('/');
        environment["DataProtection__CertificatePath"] = KeysCertificate.Value;
        environment["DataProtection__CertificatePassword"] = KeysPassword;
        environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in variables)
        {
            environment[key] = value;
        }

        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        var sinceStart = Stopwatch.StartNew();
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start the app.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppProcess(process, log, baseUri, sinceStart);
    }

    /// <summary>Polls /health every 50 ms; returns the time from the process start to the first 200.</summary>
    public async Task<TimeSpan> WaitHealthyAsync(string logPath)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (SinceStart.Elapsed < TimeSpan.FromMinutes(3))
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app stopped at start-up: see {logPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, "health"));
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return SinceStart.Elapsed;
                }
            }
            catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }

            await Task.Delay(50);
        }

        throw new TimeoutException($"The app did not answer /health within three minutes: see {logPath}.");
    }

    /// <summary>Peak resident memory of the process so far (VmHWM), and its current one (VmRSS), in MB.</summary>
    public (double Peak, double Current) MemoryMegabytes()
    {
        double Read(string key) => File.ReadLines($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/status")
            .Where(l => l.StartsWith(key, StringComparison.Ordinal))
            .Select(l => double.Parse(l[(key.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) / 1024)
            .First();
        return (Read("VmHWM"), Read("VmRSS"));
    }

    /// <summary>CPU seconds the process has used (user + system), from /proc/PID/stat.</summary>
    public double CpuSeconds()
    {
        var stat = File.ReadAllText($"/proc/{_process.Id.ToString(CultureInfo.InvariantCulture)}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) / 100.0;
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
                // A last line after the run closed the log.
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
