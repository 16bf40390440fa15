using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography.X509Certificates;

namespace Reinscription.Bench;

/// <summary>
/// Debian's nginx in front of the app processes, with the repository's deploy/nginx.conf rendered as
/// scripts/check-nginx renders it (this machine's name, ports and files; TLS with a self-signed certificate
/// made here with openssl), under its own prefix in the log folder. One difference, on purpose: the
/// upstream's ip_hash goes, so that nginx spreads requests round robin with no stickiness and every
/// family's pages land on both processes. The benchmark owns the process and stops it when it ends.
/// </summary>
public sealed class Nginx : IDisposable
{
    public const string HostName = "reinscription.test";
    private readonly Process process;

    private Nginx(Process process, int port, X509Certificate2 certificate, string directory)
    {
        this.process = process;
        Port = port;
        Certificate = certificate;
        Directory = directory;
    }

    public int Port { get; }

    public X509Certificate2 Certificate { get; }

    public string Directory { get; }

    public int ProcessId => process.Id;

    public static string PublicBaseUrl(int port) => $"https://{HostName}:{port.ToString(CultureInfo.InvariantCulture)}";

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static async Task<Nginx> StartAsync(BenchOptions options, int tlsPort, IReadOnlyList<int> appPorts, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(options.LogDir, "nginx");
        if (System.IO.Directory.Exists(directory))
        {
            System.IO.Directory.Delete(directory, recursive: true);
        }

        System.IO.Directory.CreateDirectory(Path.Combine(directory, "tmp"));
        var key = Path.Combine(directory, "tls.key");
        var certificatePath = Path.Combine(directory, "tls.crt");
        await RunAsync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2", "-subj", $"/CN={HostName}",
            "-addext", $"subjectAltName=DNS:{HostName}", "-keyout", key, "-out", certificatePath], cancellationToken);

        var template = await File.ReadAllTextAsync(Path.Combine(options.RepositoryRoot, "deploy", "nginx.conf"), cancellationToken);
        var site = Render(template, tlsPort, FreePort(), appPorts, certificatePath, key);
        await File.WriteAllTextAsync(Path.Combine(directory, "site.conf"), site, cancellationToken);
        var main = $$"""
            daemon off;
            worker_processes 1;
            worker_rlimit_nofile 16384;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/nginx-error.log;
            events { worker_connections 8192; }
            http {
                access_log off;
                client_body_temp_path {{directory}}/tmp/body;
                proxy_temp_path {{directory}}/tmp/proxy;
                fastcgi_temp_path {{directory}}/tmp/fastcgi;
                uwsgi_temp_path {{directory}}/tmp/uwsgi;
                scgi_temp_path {{directory}}/tmp/scgi;
                include {{directory}}/site.conf;
            }
            """;
        var conf = Path.Combine(directory, "nginx.conf");
        await File.WriteAllTextAsync(conf, main, cancellationToken);
        await RunAsync(options.NginxBin, ["-t", "-c", conf, "-p", directory], cancellationToken);

        var start = new ProcessStartInfo(options.NginxBin) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in new[] { "-c", conf, "-p", directory })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("nginx did not start");
        var nginx = new Nginx(process, tlsPort, X509CertificateLoader.LoadCertificateFromFile(certificatePath), directory);
        for (var tries = 0; tries < 100; tries++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"nginx stopped at start-up; see {directory}/nginx-error.log");
            }

            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, tlsPort, cancellationToken);
                return nginx;
            }
            catch (SocketException)
            {
                await Task.Delay(100, cancellationToken);
            }
        }

        nginx.Dispose();
        throw new TimeoutException("nginx does not listen");
    }

    /// <summary>deploy/nginx.conf with this run's name, ports and certificate; the upstream's servers replaced by the app processes.</summary>
    public static string Render(string template, int tlsPort, int httpPort, IReadOnlyList<int> appPorts, string certificate, string key)
    {
        var servers = string.Concat(appPorts.Select(p => $"    server 127.0.0.1:{p.ToString(CultureInfo.InvariantCulture)};\n"));
        var lines = new List<string>();
        var serversWritten = false;
        foreach (var line in template.Split('\n'))
        {
            var trimmed = line.Trim();
            if (trimmed.StartsWith("listen [::]", StringComparison.Ordinal) || trimmed == "ip_hash;")
            {
                continue;
            }

            if (trimmed.StartsWith("server 127.0.0.1:", StringComparison.Ordinal))
            {
                if (!serversWritten)
                {
                    lines.Add(servers.TrimEnd('\n'));
                    serversWritten = true;
                }

                continue;
            }

            lines.Add(line
                .Replace("reinscriptions.example", HostName, StringComparison.Ordinal)
                .Replace($"/etc/ssl/{HostName}/fullchain.pem", certificate, StringComparison.Ordinal)
                .Replace($"/etc/ssl/{HostName}/privkey.pem", key, StringComparison.Ordinal)
                .Replace("listen 80;", $"listen 127.0.0.1:{httpPort.ToString(CultureInfo.InvariantCulture)};", StringComparison.Ordinal)
                .Replace("listen 443 ssl http2;", $"listen 127.0.0.1:{tlsPort.ToString(CultureInfo.InvariantCulture)} ssl http2;", StringComparison.Ordinal));
        }

        if (!serversWritten)
        {
            throw new InvalidOperationException("deploy/nginx.conf has no 'server 127.0.0.1:PORT;' line in its upstream to replace.");
        }

        return string.Join('\n', lines);
    }

    private static async Task RunAsync(string file, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(file) { UseShellExecute = false, RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed: {await error}");
        }
    }

    public void Dispose()
    {
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(5_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }

        process.Dispose();
        Certificate.Dispose();
    }
}
