using System.Diagnostics;
using System.Globalization;
using static Reinscription.Bench.BenchProgram;

namespace Reinscription.Bench;

/// <summary>One run of bench/rush: the environment it owns (app processes, nginx), the phases, the faults, the verdict.</summary>
public sealed class Run(BenchOptions options) : IDisposable
{
    private readonly List<AppInstance> apps = [];
    private Nginx? nginx;
    private int disposed;

    public IReadOnlyList<AppInstance> Apps => apps;

    public async Task<int> ExecuteAsync(CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(options.LogDir);
        Step($"fresh database {options.Database}");
        await RecreateDatabaseAsync(options, cancellationToken);

        // Behind nginx, its port is chosen first: the app builds its links from the public address.
        var tlsPort = options.Instances == 2 ? Nginx.FreePort() : 0;
        var publicBaseUrl = options.Instances == 2 ? Nginx.PublicBaseUrl(tlsPort) : null;
        Step("app instance 1 (migrations at start-up)");
        apps.Add(AppInstance.Start(options, 1, publicBaseUrl));
        await apps[0].WaitHealthyAsync(TimeSpan.FromSeconds(120), cancellationToken);

        Step(F($"data: {options.Families} families for {options.Seats} seats in {options.Slots} slots; warm-up pool of {options.Concurrency} families x {options.PoolStudents} students"));
        var data = await BenchData.CreateAsync(options, cancellationToken);

        Target target;
        if (options.Instances == 2)
        {
            // The first page with a form creates the Data Protection key; the second instance then finds it in
            // PostgreSQL rather than making its own at the same instant.
            using (var probe = new Browser(Target.Direct(apps[0].BaseUri), new Recorder(), 0))
            {
                Parents.Expect(Parents.LoginGet, await probe.GetAsync(Parents.LoginGet, "/Connexion", cancellationToken), 200);
            }

            Step("app instance 2, same database");
            apps.Add(AppInstance.Start(options, 2, publicBaseUrl));
            await apps[1].WaitHealthyAsync(TimeSpan.FromSeconds(120), cancellationToken);
            Step(F($"nginx ({options.NginxBin}) with deploy/nginx.conf on {publicBaseUrl}, round robin over ports {apps[0].Port} and {apps[1].Port}"));
            nginx = await Nginx.StartAsync(options, tlsPort, [.. apps.Select(a => a.Port)], cancellationToken);
            target = Target.Nginx(Nginx.HostName, tlsPort, nginx.Certificate);
        }
        else
        {
            target = Target.Direct(apps[0].BaseUri);
        }

        using var phases = new Phases(options, data, target, cancellationToken);
        Step(F($"warm-up: {options.WarmupSeconds} s (JIT), not measured; {data.Warm.Count} families walk the whole journey once"));
        await phases.WarmUpAsync();

        PhaseResult? baseline = null, stepFour = null, validation = null;
        if (options.PhaseSeconds > 0 && !options.FindCapacity)
        {
            Step(F($"baseline: Fortunes page, {options.Concurrency} clients (closed loop), {options.PhaseSeconds} s"));
            baseline = await phases.BaselineAsync();
            Step(F($"step 4 alone: {options.Concurrency} signed-in parents (closed loop), {options.PhaseSeconds} s"));
            stepFour = await phases.StepFourAsync();
            Step(F($"validation alone: {options.Concurrency} signed-in parents (closed loop), {options.PhaseSeconds} s at most"));
            validation = await phases.ValidationAsync();
        }

        await DrainOutboxAsync(cancellationToken);
        using var loop = new OpenLoop(data, target, cancellationToken);
        CpuMeter Meter() => new([.. apps.Select(a => a.ProcessId)], options.AdminConnection, options.Database);
        var report = new Report(options, apps, Console.Out);
        if (options.FindCapacity)
        {
            var capacity = await new Capacity(options, loop, Meter, Step).FindAsync();
            var confirmed = capacity.Steps.SelectMany(s => s.Result.Accepted).ToList();
            var capacityCheck = await DatabaseCheck.ReadAsync(options, data, confirmed, cancellationToken);
            var capacityMetrics = await ScrapeMetricsAsync(cancellationToken);
            total.Stop();
            return report.Capacity(capacity, capacityCheck, capacityMetrics, total.Elapsed);
        }

        Step(F($"sign-in phase: {options.Families} families at {options.SignInPerSecond:0.#}/s ({(options.Poisson ? "Poisson" : "evenly spaced")}), measured"));
        var signIn = await loop.SignInAsync(0, options.Families, options.SignInPerSecond, options.Poisson);
        await DrainOutboxAsync(cancellationToken);
        Step(F($"opening: {options.Families} families arrive at {options.OpeningPerSecond * 60:0}/min ({(options.Poisson ? "Poisson" : "evenly spaced")}), tab to Finalisation"));
        await using var cpu = Meter();
        await cpu.StartAsync();
        var faults = new Faults(options, apps);
        var openingStarted = Stopwatch.GetTimestamp();
        var faultTask = faults.RunAsync(openingStarted, cancellationToken);
        var opening = await loop.OpenAsync(0, options.Families, options.OpeningPerSecond, options.Poisson);
        var (appCpu, postgresCpu) = await cpu.StopAsync();
        await faultTask;

        Step("reading the database and the app's metrics");
        var check = await DatabaseCheck.ReadAsync(options, data, opening.Accepted, cancellationToken);
        var metrics = await ScrapeMetricsAsync(cancellationToken);
        total.Stop();
        return report.Opening(signIn, opening, faults, (appCpu, postgresCpu), baseline, stepFour, validation, check, metrics, total.Elapsed);
    }

    private async Task DrainOutboxAsync(CancellationToken cancellationToken)
    {
        var (drained, unsent) = await OutboxDrain.WaitAsync(options, TimeSpan.FromSeconds(60), cancellationToken);
        if (drained > TimeSpan.FromSeconds(1) || unsent > 0)
        {
            Step(F($"outbox {(unsent == 0 ? "empty" : $"still holds {unsent} e-mails")} after {drained.TotalSeconds:0.0} s (acknowledgements of the phases above)"));
        }
    }

    /// <summary>Each live instance's /metrics, straight from its port; null entries for 404 (not there yet) or a killed instance.</summary>
    private async Task<IReadOnlyList<(int Instance, AppMetrics? Metrics, string Note)>> ScrapeMetricsAsync(CancellationToken cancellationToken)
    {
        var scraped = new List<(int, AppMetrics?, string)>();
        for (var i = 0; i < apps.Count; i++)
        {
            if (apps[i].Killed)
            {
                scraped.Add((i + 1, null, "killed"));
                continue;
            }

            try
            {
                var metrics = await AppMetrics.ScrapeAsync(apps[i].BaseUri, cancellationToken);
                scraped.Add((i + 1, metrics, metrics is null ? "not available (404)" : ""));
            }
            catch (HttpRequestException exception)
            {
                scraped.Add((i + 1, null, $"unreadable: {exception.Message}"));
            }
        }

        return scraped;
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref disposed, 1) == 1)
        {
            return;
        }

        nginx?.Dispose();
        apps.ForEach(a => a.Dispose());
    }
}

/// <summary>
/// The faults of an opening: the second app process SIGKILLed, or the benchmark's own PostgreSQL stopped for
/// three seconds and started again (bench/rush writes the script; never the shared cluster). Their times,
/// as Stopwatch timestamps, tell the requests in flight at the kill from the others.
/// </summary>
public sealed class Faults(BenchOptions options, IReadOnlyList<AppInstance> apps)
{
    public long? KilledAt { get; private set; }

    /// <summary>When the killed process had gone (its memory released, its sockets reset).</summary>
    public long? GoneAt { get; private set; }

    public (long From, long To)? DatabaseDown { get; private set; }

    public string? RestartOutput { get; private set; }

    /// <summary>What /health answered (status codes, straight from each live instance) while PostgreSQL was down.</summary>
    public IReadOnlyCollection<int> HealthDuringOutage => health;

    private readonly HashSet<int> health = [];

    public async Task RunAsync(long start, CancellationToken cancellationToken)
    {
        var plan = new List<(int At, Func<Task> Act)>();
        if (options.KillOneAt is { } killAt)
        {
            plan.Add((killAt, () =>
            {
                Step(F($"fault: SIGKILL app instance 2 (pid {apps[1].ProcessId}) {killAt} s into the opening"));
                KilledAt = Stopwatch.GetTimestamp();
                apps[1].KillNow();
                GoneAt = Stopwatch.GetTimestamp();
                return Task.CompletedTask;
            }));
        }

        if (options.RestartDbAt is { } restartAt)
        {
            plan.Add((restartAt, async () =>
            {
                Step(F($"fault: PostgreSQL stopped {restartAt} s into the opening, started again 3 s later ({options.DbRestartScript})"));
                var from = Stopwatch.GetTimestamp();
                using var watching = new CancellationTokenSource();
                var probe = WatchHealthAsync(watching.Token);
                RestartOutput = await RunScriptAsync(options.DbRestartScript, cancellationToken);
                await watching.CancelAsync();
                await probe;
                DatabaseDown = (from, Stopwatch.GetTimestamp());
                // The benchmark's own pooled connections (data, outbox, checks) died with the server.
                Npgsql.NpgsqlConnection.ClearAllPools();
                Step(F($"fault: PostgreSQL answering again after {Stopwatch.GetElapsedTime(from).TotalSeconds:0.0} s"));
            }));
        }

        foreach (var (at, act) in plan.OrderBy(p => p.At))
        {
            var wait = TimeSpan.FromSeconds(at) - Stopwatch.GetElapsedTime(start);
            if (wait > TimeSpan.Zero)
            {
                await Task.Delay(wait, cancellationToken);
            }

            await act();
        }
    }

    /// <summary>
    /// Failures in flight on the killed process: answered 502 by nginx (or a cut connection) after the kill, sent
    /// before the process had gone or within the second nginx takes to see its kept-alive connections to it
    /// reset (a POST written into one of them is not sent elsewhere: nginx retries no non-idempotent request).
    /// </summary>
    public bool InFlightAtKill(Failure failure) =>
        KilledAt is { } killed && GoneAt is { } gone
        && failure.Done >= killed && failure.Sent <= gone + Stopwatch.Frequency
        && failure.Status is 0 or 502;

    private async Task WatchHealthAsync(CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        while (!cancellationToken.IsCancellationRequested)
        {
            foreach (var app in apps.Where(a => !a.Killed))
            {
                try
                {
                    using var response = await client.GetAsync(new Uri(app.BaseUri, "health"), cancellationToken);
                    lock (health)
                    {
                        health.Add((int)response.StatusCode);
                    }
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    // Stopping, or too slow to answer: the next probe tells.
                }
            }

            try
            {
                await Task.Delay(250, cancellationToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    private static async Task<string> RunScriptAsync(string script, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo("bash") { UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(script);
        using var process = Process.Start(start) ?? throw new InvalidOperationException("bash did not start");
        var output = process.StandardOutput.ReadToEndAsync(cancellationToken);
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{script} failed: {await error}");
        }

        return (await output).Trim();
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
