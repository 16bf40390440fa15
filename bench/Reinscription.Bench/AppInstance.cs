using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Reinscription.Bench;

/// <summary>
/// One app process, started from the Release build with the environment scripts/run gives it, on a free
/// loopback port. The benchmark owns it and kills it when it ends, however it ends.
/// </summary>
public sealed class AppInstance : IDisposable
{
    private readonly Process process;
    private readonly StreamWriter log;
    private int disposed;

    private AppInstance(Process process, StreamWriter log, Uri baseUri, string logPath)
    {
        this.process = process;
        this.log = log;
        BaseUri = baseUri;
        LogPath = logPath;
    }

    public Uri BaseUri { get; }

    public string LogPath { get; }

    public int ProcessId => process.Id;

    public int Port => BaseUri.Port;

    /// <summary>VmHWM read just before the kill.</summary>
    public double? PeakBeforeKillMb { get; private set; }

    /// <summary>True once the benchmark has killed it on purpose (--kill-one-at).</summary>
    public bool Killed { get; private set; }

    /// <param name="publicBaseUrl">nginx's address when the app runs behind it (--instances 2), else null: the app is reached directly.</param>
    public static AppInstance Start(BenchOptions options, int number, string? publicBaseUrl = null)
    {
        var port = FreePort();
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

        // What scripts/run sets, with the differences a measure needs: no demo data (the benchmark brings its
        // own), the production environment (no developer exception page), the baseline page on, and one log
        // line per warning rather than per SQL command. The sign-in rate limit stays as configured: each
        // virtual family comes from its own loopback address (Target.ClientAddress), as real families do.
        var environment = start.Environment;
        environment["ConnectionStrings__Reinscription"] = options.AppConnection;
        environment["Smtp__Host"] = "127.0.0.1";
        environment["Smtp__Port"] = options.SmtpPort.ToString(CultureInfo.InvariantCulture);
        environment["Smtp__UseTls"] = "false";
        environment["Smtp__From"] = "Conservatoires <no-reply@reinscription.local>";
        environment["Demo__Seed"] = "false";
        environment["Bench__Enabled"] = "true";
        environment["ASPNETCORE_ENVIRONMENT"] = "Production";

        // What production requires (README, "Déploiement"); one certificate for the run, so instances share keys.
        environment["Portal__PublicBaseUrl"] = publicBaseUrl ?? baseUri.ToString().TrimEnd('/');
        if (publicBaseUrl is not null)
        {
            // nginx on this machine: the one proxy whose X-Forwarded-For and X-Forwarded-Proto the app believes.
            environment["ForwardedHeaders__KnownProxies__0"] = "127.0.0.1";
        }

        environment["DataProtection__CertificatePath"] = KeysCertificate.Value;
        environment["DataProtection__CertificatePassword"] = KeysCertificatePassword;
        environment["Logging__LogLevel__Default"] = "Warning";
        environment["Logging__LogLevel__Microsoft.Hosting.Lifetime"] = "Information";
        if (options.LogSql)
        {
            environment["Logging__LogLevel__Microsoft.EntityFrameworkCore.Database.Command"] = "Information";
        }

        var logPath = Path.Combine(options.LogDir, $"app-{number.ToString(CultureInfo.InvariantCulture)}.log");
        var log = new StreamWriter(logPath, append: false) { AutoFlush = true };
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data);
        if (!process.Start())
        {
            throw new InvalidOperationException("dotnet did not start the app.");
        }

        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new AppInstance(process, log, baseUri, logPath);
    }

    private const string KeysCertificatePassword = "bench";

    private static readonly Lazy<string> KeysCertificate = new(() =>
    {
        using var rsa = RSA.Create(2048);
        var request = new CertificateRequest("CN=Reinscription bench keys", rsa, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(30));
        var path = Path.Combine(Path.GetTempPath(), $"reinscription-bench-keys-{Guid.NewGuid():N}.pfx");
        File.WriteAllBytes(path, certificate.Export(X509ContentType.Pkcs12, KeysCertificatePassword));
        return path;
    });

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

    /// <summary>Waits for /health, which answers once migrations are applied (the app migrates before it listens).</summary>
    public async Task WaitHealthyAsync(TimeSpan timeout, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow + timeout;
        while (DateTime.UtcNow < deadline)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The app on {BaseUri} stopped at start-up (exit code {process.ExitCode}); see {LogPath}.");
            }

            try
            {
                using var response = await client.GetAsync(new Uri(BaseUri, "health"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // Busy migrating.
            }

            await Task.Delay(250, cancellationToken);
        }

        throw new TimeoutException($"The app on {BaseUri} did not answer /health within {timeout.TotalSeconds} s; see {LogPath}.");
    }

    /// <summary>Peak resident memory of the process (VmHWM), in MB; null once it has gone.</summary>
    public double? PeakMemoryMb()
    {
        try
        {
            foreach (var line in File.ReadLines($"/proc/{process.Id.ToString(CultureInfo.InvariantCulture)}/status"))
            {
                if (line.StartsWith("VmHWM:", StringComparison.Ordinal))
                {
                    var kb = long.Parse(line["VmHWM:".Length..].Trim().Split(' ')[0], CultureInfo.InvariantCulture);
                    return kb / 1024.0;
                }
            }
        }
        catch (IOException)
        {
            // The process has exited.
        }

        return null;
    }

    /// <summary>SIGKILL, as a crashed or OOM-killed process: no graceful shutdown, connections cut mid-request.</summary>
    public void KillNow()
    {
        PeakBeforeKillMb = PeakMemoryMb();
        Killed = true;
        process.Kill(entireProcessTree: false);
        process.WaitForExit(10_000);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        lock (log)
        {
            log.Dispose();
        }
    }
}
