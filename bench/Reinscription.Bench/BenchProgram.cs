using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Reinscription.Bench;

/// <summary>bench/rush: the opening-rush benchmark. See bench/README.md.</summary>
public static class BenchProgram
{
    private const double StepFourTarget = 0.5;
    private const double ValidationTarget = 0.25;
    private const double P99TargetMs = 250;
    private const double MemoryTargetMb = 500;

    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + BenchOptions.Usage);
            return 2;
        }

        using var stop = new CancellationTokenSource();
        var apps = new List<AppInstance>();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // SIGTERM (the wrapper's trap): the app processes go with the benchmark.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => apps.ForEach(a => a.Dispose());
        try
        {
            return await RunAsync(options, apps, stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("interrupted");
            return 130;
        }
        catch (Exception exception) when (exception is BenchFailureException or InvalidOperationException or TimeoutException or NpgsqlException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            foreach (var app in apps)
            {
                await Console.Error.WriteLineAsync($"  app log: {app.LogPath}");
            }

            return 1;
        }
        finally
        {
            apps.ForEach(a => a.Dispose());
        }
    }

    private static async Task<int> RunAsync(BenchOptions options, List<AppInstance> apps, CancellationToken cancellationToken)
    {
        var total = Stopwatch.StartNew();
        Directory.CreateDirectory(options.LogDir);
        Step($"fresh database {options.Database}");
        await RecreateDatabaseAsync(options, cancellationToken);

        Step("app instance 1 (migrations at start-up)");
        apps.Add(AppInstance.Start(options, 1));
        await apps[0].WaitHealthyAsync(TimeSpan.FromSeconds(120), cancellationToken);

        Step($"data: {options.Families} families for {options.Seats} seats in {options.Slots} slots, pool of {options.Concurrency} families x {options.PoolStudents} students");
        var data = await BenchData.CreateAsync(options, cancellationToken);

        if (options.Instances == 2)
        {
            // The first page with a form creates the Data Protection key; the second instance then finds it in
            // PostgreSQL rather than making its own at the same instant.
            using (var probe = new Browser([apps[0].BaseUri], new Recorder()))
            {
                Parents.Expect(Parents.LoginGet, await probe.GetAsync(Parents.LoginGet, "/Connexion", cancellationToken), 200);
            }

            Step("app instance 2, same database");
            apps.Add(AppInstance.Start(options, 2));
            await apps[1].WaitHealthyAsync(TimeSpan.FromSeconds(120), cancellationToken);
        }

        var instances = apps.Select(a => a.BaseUri).ToList();
        using var phases = new Phases(options, data, instances, cancellationToken);
        Step($"warm-up: {options.WarmupSeconds} s (JIT), not measured");
        await phases.WarmUpAsync();
        Step($"baseline: Fortunes page, {options.Concurrency} clients, {options.PhaseSeconds} s");
        var baseline = await phases.BaselineAsync();
        Step($"step 4 alone: {options.Concurrency} signed-in parents, {options.PhaseSeconds} s");
        var stepFour = await phases.StepFourAsync();
        Step($"validation alone: {options.Concurrency} signed-in parents, {options.PhaseSeconds} s at most");
        var validation = await phases.ValidationAsync();
        Step("waiting for the app to send the acknowledgements of the phases above (60 s at most)");
        var (drained, unsent) = await OutboxDrain.WaitAsync(options, TimeSpan.FromSeconds(60), cancellationToken);
        Step($"outbox {(unsent == 0 ? "empty" : $"still holds {unsent.ToString(CultureInfo.InvariantCulture)} e-mails")} after {drained.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture)} s");
        Step($"rush: {options.Families} parents, {options.Concurrency} at a time");
        var rush = await phases.RushAsync();

        var check = await DatabaseCheck.ReadAsync(options, data, cancellationToken);
        var memory = apps.Select(a => a.PeakMemoryMb()).ToList();
        total.Stop();
        return Report(options, baseline, stepFour, validation, rush, check, memory, total.Elapsed);
    }

    private static int Report(
        BenchOptions options,
        PhaseResult baseline,
        PhaseResult stepFour,
        PhaseResult validation,
        RushResult rush,
        DatabaseCheck check,
        List<double?> memory,
        TimeSpan elapsed)
    {
        var w = Console.Out;
        w.WriteLine();
        w.WriteLine(F($"Opening rush: {options.Families} parents, {options.Concurrency} concurrent, {check.RushSeats} seats in {options.Slots} slots, {options.Instances} app instance(s), {Environment.ProcessorCount} CPU(s) seen"));
        w.WriteLine();
        w.WriteLine("Throughput phases (same run, same clients, after the warm-up)");
        w.WriteLine(F($"  {"page",-28} {"req/s",8} {"ratio",7} {"target",9}   {"p50",7} {"p95",7} {"p99",7}  {"requests",8} {"failed",6}  p99 target"));
        PhaseLine(w, baseline, null, null);
        PhaseLine(w, stepFour, stepFour.PerSecond / baseline.PerSecond, StepFourTarget);
        PhaseLine(w, validation, validation.PerSecond / baseline.PerSecond, ValidationTarget);
        w.WriteLine();
        w.WriteLine(F($"Rush ({rush.Elapsed.TotalSeconds:0.0} s), latencies in ms"));
        w.WriteLine(F($"  {"request",-28} {"req/s",8} {"p50",7} {"p95",7} {"p99",7} {"max",7}  {"count",6}  p99 target"));
        foreach (var kind in new[] { Parents.LoginGet, Parents.LoginPost, Parents.Step4Get, Parents.Step4Post, Parents.RecapGet, Parents.Validate })
        {
            var stats = rush.Recorder.Of(kind);
            var target = kind is Parents.Step4Get or Parents.Validate
                ? Verdict(stats.P99 < P99TargetMs, F($"< {P99TargetMs:0} ms"))
                : "";
            w.WriteLine(F($"  {kind,-28} {stats.Count / rush.Elapsed.TotalSeconds,8:0.0} {stats.P50,7:0.0} {stats.P95,7:0.0} {stats.P99,7:0.0} {stats.Max,7:0}  {stats.Count,6}  {target}"));
        }

        w.WriteLine();
        w.WriteLine(F($"  accepted {rush.Accepted}, refused (complet) {rush.Refused}, failed {rush.Failed}"));
        var failures = baseline.Recorder.Failures + stepFour.Recorder.Failures + validation.Recorder.Failures + rush.Failed;
        foreach (var sample in new[] { baseline, stepFour, validation }.SelectMany(p => p.Recorder.FailureSamples).Concat(rush.Recorder.FailureSamples).Take(10))
        {
            w.WriteLine($"    failure: {sample}");
        }

        w.WriteLine();
        for (var i = 0; i < memory.Count; i++)
        {
            var mb = memory[i];
            w.WriteLine(F($"App instance {i + 1} peak memory (VmHWM): {(mb is null ? "?" : mb.Value.ToString("0", CultureInfo.InvariantCulture))} MB  {Verdict(mb < MemoryTargetMb, F($"< {MemoryTargetMb:0} MB"))}"));
        }

        var expectedSeats = Math.Min(options.Families, check.RushSeats);
        var overbooking = check.OverbookedCourses == 0 && check.CoursesWhoseSeatsDisagree == 0;
        var consistent = rush.Accepted == check.RushEnrollments && check.RushEnrollments == check.RushSeatsTaken;
        w.WriteLine();
        w.WriteLine("Database check");
        w.WriteLine(F($"  {check.OverbookedCourses} cours en surréservation (seats taken and offered, or next year's enrolments, above capacity)  {Verdict(check.OverbookedCourses == 0, "= 0")}"));
        w.WriteLine(F($"  {check.CoursesWhoseSeatsDisagree} courses whose SeatsTaken differs from their enrolments  {Verdict(check.CoursesWhoseSeatsDisagree == 0, "= 0")}"));
        w.WriteLine(F($"  accepted {rush.Accepted}, rush enrolments {check.RushEnrollments}, rush seats taken {check.RushSeatsTaken}  {Verdict(consistent, "all equal")}"));
        if (options.Families > check.RushSeats)
        {
            w.WriteLine(F($"  seats taken {check.RushSeatsTaken} of {check.RushSeats} (parents outnumber seats)  {Verdict(check.RushSeatsTaken == expectedSeats, F($"= {expectedSeats}"))}"));
        }

        w.WriteLine();
        w.WriteLine(F($"Failed requests: {failures}. Total time: {elapsed.TotalSeconds:0} s."));
        var ok = overbooking && consistent && failures == 0;
        w.WriteLine(ok ? "RESULT: OK (0 overbooked course, 0 failed request)" : "RESULT: FAILED");
        return ok ? 0 : 1;
    }

    private static void PhaseLine(TextWriter w, PhaseResult phase, double? ratio, double? target)
    {
        var stats = phase.Recorder.Of(phase.Kind);
        var ratioText = ratio is { } r ? r.ToString("0.00", CultureInfo.InvariantCulture) : "1";
        var targetText = target is { } t ? Verdict(ratio >= t, F($">= {t:0.00}")) : "";
        var p99Text = target is null ? "" : Verdict(stats.P99 < P99TargetMs, F($"< {P99TargetMs:0} ms"));
        w.WriteLine(F($"  {phase.Kind,-28} {phase.PerSecond,8:0.0} {ratioText,7} {targetText,9}   {stats.P50,7:0.0} {stats.P95,7:0.0} {stats.P99,7:0.0}  {phase.Done,8} {phase.Recorder.Failures,6}  {p99Text}"));
    }

    private static string Verdict(bool met, string target) => $"{(met ? "ok" : "MISSED")} ({target})";

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    private static void Step(string what) =>
        Console.WriteLine(F($"==> [{DateTime.Now:HH:mm:ss}] {what}"));

    private static async Task RecreateDatabaseAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (!Regex.IsMatch(options.Database, "^[a-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new InvalidOperationException("The benchmark's database name takes lower-case letters, digits and _ only.");
        }

        await using var connection = new NpgsqlConnection($"{options.AdminConnection};Database=postgres");
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{options.Database}\" WITH (FORCE)", $"CREATE DATABASE \"{options.Database}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
