using System.Diagnostics;
using static Reinscription.Bench.BenchProgram;

namespace Reinscription.Bench;

/// <summary>What bench/rush prints: every figure beside its target, then the verdict and the exit code.</summary>
public sealed class Report(BenchOptions options, IReadOnlyList<AppInstance> apps, TextWriter w)
{
    private const double StepFourTarget = 0.5;
    private const double ValidationTarget = 0.25;
    private const double MemoryTargetMb = 500;
    private const double CapacityTarget = 0.5;
    private bool p99Missed;
    private readonly List<string> failedChecks = [];

    public int Opening(
        ArrivalResult signIn,
        ArrivalResult opening,
        Faults faults,
        (double App, double Postgres) cpu,
        PhaseResult? baseline,
        PhaseResult? stepFour,
        PhaseResult? validation,
        DatabaseCheck check,
        IReadOnlyList<(int Instance, AppMetrics? Metrics, string Note)> metrics,
        TimeSpan elapsed)
    {
        w.WriteLine();
        w.WriteLine(F($"Opening (\"ouverture\"): {options.Families} families, {check.RushSeats} contested seats in {options.Slots} FM slots, {Where()}, {Environment.ProcessorCount} CPU(s), load average {LoadAverage()}"));
        w.WriteLine();
        w.WriteLine(F($"Sign-in phase (the ten minutes before opening, compressed): {options.Families} sign-ins asked at {options.SignInPerSecond:0.#}/s, done {signIn.Completed} at {signIn.Completed / signIn.Elapsed.TotalSeconds:0.0}/s over {signIn.Elapsed.TotalSeconds:0} s; generator launched its worst arrival {signIn.LaunchedLateBy.TotalMilliseconds:0} ms late"));
        Pages(signIn.Recorder, Parents.SignInPages, signIn.Elapsed);
        w.WriteLine();
        w.WriteLine(F($"Opening minute: arrivals at {options.OpeningPerSecond * 60:0}/min over {opening.Arrivals.TotalSeconds:0.0} s, last family done after {opening.Elapsed.TotalSeconds:0.0} s; latency from when each request was due (ms)"));
        Pages(opening.Recorder, Parents.JourneyPages, opening.Elapsed);
        w.WriteLine(F($"  accepted {opening.Accepted.Count}, refused (complet) {opening.Refused}, gave up {opening.GaveUp}; 503 answers {opening.Recorder.UnavailableCount}"));

        var journeys = Math.Max(1, opening.Completed);
        var perJourney = (cpu.App + cpu.Postgres) / journeys;
        w.WriteLine(F($"  CPU during the opening: app {cpu.App:0.0} s + PostgreSQL {cpu.Postgres:0.0} s for {opening.Completed} journeys = {perJourney:0.000} CPU-s per journey (mostly refused at step 4) -> machine limit {Environment.ProcessorCount * 60 / perJourney:0} families/min"));

        if (baseline is not null && stepFour is not null && validation is not null)
        {
            w.WriteLine();
            w.WriteLine(F($"Throughput phases (closed loop, {options.Concurrency} clients, {options.PhaseSeconds} s each, same run)"));
            w.WriteLine(F($"  {"page",-28} {"req/s",8} {"ratio",6} {"target",-18} {"p50",7} {"p90",7} {"p99",7}  {"failed",6}"));
            PhaseLine(baseline, null, null);
            PhaseLine(stepFour, stepFour.PerSecond / baseline.PerSecond, StepFourTarget);
            PhaseLine(validation, validation.PerSecond / baseline.PerSecond, ValidationTarget);
        }

        var failures = opening.Recorder.FailureList.Concat(signIn.Recorder.FailureList)
            .Concat(new[] { baseline, stepFour, validation }.Where(p => p is not null).SelectMany(p => p!.Recorder.FailureList)).ToList();
        var inFlight = failures.Where(faults.InFlightAtKill).ToList();
        var failureLog = Path.Combine(options.LogDir, "failures.log");
        File.WriteAllLines(failureLog, failures.OrderBy(f => f.Sent).Select(f =>
            F($"{Stopwatch.GetElapsedTime(opening.Start, f.Sent).TotalSeconds,8:0.000} s -> {Stopwatch.GetElapsedTime(opening.Start, f.Done).TotalSeconds,8:0.000} s  {f.Status,3}  {f.What}")));
        var failed = failures.Except(inFlight).ToList();
        Faults(faults, opening, inFlight);

        var consistent = opening.Accepted.Count == check.RushEnrollments && check.RushEnrollments == check.RushSeatsTaken;
        w.WriteLine();
        w.WriteLine("Database check");
        Check(check.OverbookedCourses == 0, F($"  {check.OverbookedCourses} cours en surréservation (seats held or next year's enrolments above capacity)"), "= 0");
        Check(check.CoursesWhoseSeatsDisagree == 0, F($"  {check.CoursesWhoseSeatsDisagree} courses whose SeatsTaken differs from their enrolments"), "= 0");
        Check(check.ConfirmedMissing == 0, F($"  {check.ConfirmedMissing} of the {opening.Accepted.Count} families told \"accepted\" without a sent request and an enrolment in the database"), "= 0");
        Check(consistent, F($"  accepted {opening.Accepted.Count}, rush enrolments {check.RushEnrollments}, rush seats taken {check.RushSeatsTaken}"), "all equal");
        if (options.Families > check.RushSeats)
        {
            var expected = check.RushSeats;
            Check(check.RushSeatsTaken == expected, F($"  seats taken {check.RushSeatsTaken} of {check.RushSeats} (families outnumber seats)"), F($"= {expected}"));
        }

        Metrics(metrics, check, opening.Accepted.Count);
        Memory();
        Check(failed.Count == 0, F($"\nFailed requests: {failed.Count}{(inFlight.Count > 0 ? F($" (besides {inFlight.Count} in flight on the killed process)") : "")}"), "= 0");
        foreach (var failure in failed.Take(10))
        {
            w.WriteLine($"    failure: {failure.What}");
        }

        if (failures.Count > 0)
        {
            w.WriteLine($"    every failure, with when it was sent and answered (seconds from the opening): {failureLog}");
        }

        return Outcome(elapsed);
    }

    public int Capacity(CapacityResult capacity, DatabaseCheck check, IReadOnlyList<(int Instance, AppMetrics? Metrics, string Note)> metrics, TimeSpan elapsed)
    {
        w.WriteLine();
        w.WriteLine(F($"Capacity (--find-capacity): the signed-in journey, tab to Finalisation, a seat for each family, {Where()}, {Environment.ProcessorCount} CPU(s), load average {LoadAverage()}"));
        w.WriteLine(F($"  {"step",4} {"rate/min",9} {"families",8} {"worst p99 ms",12} {"worst page",-30} {"failed",6} {"CPU app s",9} {"CPU pg s",9} {"CPU-s/journey",13}  held?"));
        for (var i = 0; i < capacity.Steps.Count; i++)
        {
            var s = capacity.Steps[i];
            var per = (s.AppCpu + s.PostgresCpu) / Math.Max(1, s.Result.Completed);
            w.WriteLine(F($"  {i + 1,4} {s.PerMinute,9:0} {s.Families,8} {s.WorstP99,12:0} {s.WorstPage,-30} {s.Result.Recorder.Failures,6} {s.AppCpu,9:0.0} {s.PostgresCpu,9:0.0} {per,13:0.000}  {(s.Held ? "yes" : "no")}"));
        }

        var best = capacity.Steps.Where(s => s.Held).MaxBy(s => s.PerMinute);
        if (best is not null)
        {
            w.WriteLine();
            w.WriteLine(F($"  pages at the highest rate that held ({best.PerMinute:0}/min), latency from when each request was due (ms)"));
            Pages(best.Result.Recorder, Parents.JourneyPages, best.Result.Elapsed, judge: false);
        }

        w.WriteLine();
        w.WriteLine(F($"  CPU per journey (app + PostgreSQL, the steps after the probe): {capacity.CpuPerJourney:0.000} s -> machine limit {Environment.ProcessorCount} cores x 60 / {capacity.CpuPerJourney:0.000} = {capacity.LimitPerMinute:0} families/min"));
        var ratio = capacity.LimitPerMinute == 0 ? 0 : capacity.PerMinute / capacity.LimitPerMinute;
        var met = ratio >= CapacityTarget;
        p99Missed |= !met;
        w.WriteLine(F($"  capacity {capacity.PerMinute:0} families/min holding p99 < {P99TargetMs:0} ms on every page = {ratio:0.00} x the limit  {Verdict(met, F($">= {CapacityTarget:0.00} x"))}"));

        w.WriteLine();
        w.WriteLine("Database check");
        var confirmed = capacity.Steps.Sum(s => s.Result.Accepted.Count);
        Check(check.OverbookedCourses == 0, F($"  {check.OverbookedCourses} cours en surréservation"), "= 0");
        Check(check.CoursesWhoseSeatsDisagree == 0, F($"  {check.CoursesWhoseSeatsDisagree} courses whose SeatsTaken differs from their enrolments"), "= 0");
        Check(check.ConfirmedMissing == 0, F($"  {check.ConfirmedMissing} of the {confirmed} families told \"accepted\" missing in the database"), "= 0");
        Metrics(metrics, check, confirmed);
        Memory();
        var failed = capacity.Steps.Sum(s => s.Result.Recorder.Failures);
        w.WriteLine(F($"\nFailed requests in the steps: {failed} (a step with failures does not hold; not a failure of the run)"));
        return Outcome(elapsed);
    }

    private void Pages(Recorder recorder, IReadOnlyList<string> pages, TimeSpan elapsed, bool judge = true)
    {
        w.WriteLine(F($"  {"page",-32} {"req/s",7} {"p50",7} {"p90",7} {"p99",7} {"max",7} {"count",6} {"503",4}  p99 target"));
        foreach (var page in pages)
        {
            var stats = recorder.Of(page);
            var met = stats.P99 < P99TargetMs;
            p99Missed |= judge && stats.Count > 0 && !met;
            var unavailable = recorder.UnavailableByKind.TryGetValue(page, out var n) ? n : 0;
            w.WriteLine(F($"  {page,-32} {stats.Count / elapsed.TotalSeconds,7:0.0} {stats.P50,7:0} {stats.P90,7:0} {stats.P99,7:0} {stats.Max,7:0} {stats.Count,6} {unavailable,4}  {(stats.Count == 0 ? "" : Verdict(met, F($"< {P99TargetMs:0} ms")))}"));
        }
    }

    private void PhaseLine(PhaseResult phase, double? ratio, double? target)
    {
        var stats = phase.Recorder.Of(phase.Kind);
        var ratioText = ratio is { } r ? r.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture) : "1";
        var targetText = target is { } t ? Verdict(ratio >= t, F($">= {t:0.00}")) : "";
        if (target is not null && ratio < target)
        {
            p99Missed = true;
        }

        w.WriteLine(F($"  {phase.Kind,-28} {phase.PerSecond,8:0.0} {ratioText,6} {targetText,-18} {stats.P50,7:0} {stats.P90,7:0} {stats.P99,7:0}  {phase.Recorder.Failures,6}"));
    }

    private void Faults(Faults faults, ArrivalResult opening, List<Failure> inFlight)
    {
        if (faults.KilledAt is null && faults.DatabaseDown is null)
        {
            return;
        }

        w.WriteLine();
        w.WriteLine("Faults");
        if (faults.KilledAt is not null)
        {
            w.WriteLine(F($"  app instance 2 SIGKILLed {options.KillOneAt} s into the opening; nginx sent the rest to instance 1"));
            w.WriteLine(F($"  requests in flight on it when it died (502 from nginx or cut connection): {inFlight.Count}"));
            foreach (var failure in inFlight.Take(5))
            {
                w.WriteLine($"    in flight: {failure.What}");
            }
        }

        if (faults.DatabaseDown is { } down)
        {
            var seconds = Stopwatch.GetElapsedTime(down.From, down.To).TotalSeconds;
            w.WriteLine(F($"  PostgreSQL down {seconds:0.0} s from {options.RestartDbAt} s into the opening: {opening.Recorder.UnavailableCount} answers 503 (Retry-After), waited out by the families, who then reloaded the tab"));
            var codes = faults.HealthDuringOutage.Order().ToList();
            Check(codes.Contains(503), F($"  /health during the outage answered {(codes.Count == 0 ? "nothing" : string.Join(", ", codes))}"), "503 Unhealthy seen");
        }
    }

    private void Metrics(IReadOnlyList<(int Instance, AppMetrics? Metrics, string Note)> metrics, DatabaseCheck check, int confirmed)
    {
        w.WriteLine();
        var read = metrics.Where(m => m.Metrics is not null).ToList();
        if (read.Count == 0)
        {
            w.WriteLine(F($"metrics: not available ({string.Join(", ", metrics.Select(m => $"instance {m.Instance}: {m.Note}"))}); the comparison with the database is skipped"));
            return;
        }

        w.WriteLine(F($"App metrics (/metrics of each instance, summed; {string.Join(", ", metrics.Select(m => $"instance {m.Instance}: {(m.Metrics is null ? m.Note : "read")}"))})"));
        var seatsAgree = check.SeatsTakenByCourse.All(course =>
        {
            var values = read.Select(m => m.Metrics!.SeatsTakenByCourse.TryGetValue(course.Key, out var v) ? v : double.NaN).ToList();
            // A gauge read from the database gives the same figure on each instance; one counted in memory sums.
            return values.Sum() == course.Value || values.All(v => v == course.Value);
        });
        Check(seatsAgree, F($"  reinscription_seats_taken for next year's {check.SeatsTakenByCourse.Count} courses against the database ({check.SeatsTakenByCourse.Values.Sum()} seats)"), "agree");
        var submitted = read.Sum(m => m.Metrics!.RequestsSubmitted);
        if (metrics.Any(m => m.Note == "killed"))
        {
            w.WriteLine(F($"  reinscription_requests_submitted_total {submitted:0} on the survivor; the database holds {check.SubmittedRequests} sent requests (the killed process took its counter with it; {confirmed} confirmed in the opening)"));
        }
        else
        {
            Check(submitted == check.SubmittedRequests, F($"  reinscription_requests_submitted_total {submitted:0}, sent requests in the database {check.SubmittedRequests} ({confirmed} confirmed in the opening, the rest in the warm-up and phases)"), "equal");
        }

        w.WriteLine(F($"  reinscription_outbox_depth {read.Max(m => m.Metrics!.OutboxDepth):0} (database: {check.OutboxUnsent} unsent), reinscription_outbox_oldest_unsent_seconds {read.Max(m => m.Metrics!.OutboxOldestUnsentSeconds):0.0}"));
    }

    private void Memory()
    {
        w.WriteLine();
        for (var i = 0; i < apps.Count; i++)
        {
            var mb = apps[i].Killed ? apps[i].PeakBeforeKillMb : apps[i].PeakMemoryMb();
            var text = (mb is null ? "?" : F($"{mb.Value:0} MB")) + (apps[i].Killed ? " (read just before the kill)" : "");
            var met = mb is null || mb < MemoryTargetMb;
            p99Missed |= !met;
            w.WriteLine(F($"App instance {i + 1} peak memory (VmHWM): {text}  {(mb is null ? "" : Verdict(met, F($"< {MemoryTargetMb:0} MB")))}"));
        }
    }

    private void Check(bool ok, string line, string target)
    {
        w.WriteLine($"{line}  {(ok ? "ok" : "FAILED")} ({target})");
        if (!ok)
        {
            failedChecks.Add(line.Trim());
        }
    }

    private int Outcome(TimeSpan elapsed)
    {
        w.WriteLine();
        w.WriteLine(F($"Total time: {elapsed.TotalSeconds:0} s."));
        if (failedChecks.Count > 0)
        {
            w.WriteLine("RESULT: FAILED (a failed request, an overbooked course, or the database or metrics disagreeing)");
            return 1;
        }

        if (p99Missed && options.Strict)
        {
            w.WriteLine("RESULT: FAILED (--strict: a target above was missed)");
            return 1;
        }

        w.WriteLine(p99Missed
            ? "RESULT: OK (0 failed request, 0 overbooked course; some performance targets missed, see \"missed\" above; --strict fails on them)"
            : "RESULT: OK (0 failed request, 0 overbooked course, every target met)");
        return 0;
    }

    private string Where() => options.Instances == 2 ? "2 app instances behind nginx (TLS, round robin)" : "1 app instance";

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }
}
