using System.Globalization;

namespace Reinscription.Bench;

/// <summary>
/// --find-capacity: short open-loop steps of the signed-in journey (tab to Finalisation, a seat for every
/// family), each with fresh families signed in just before it (not measured). The first step, at a modest
/// rate, measures the CPU-seconds one journey costs the app and PostgreSQL, hence the machine's limit
/// (cores x 60 / CPU-seconds per journey, families per minute); then bisection between 0 and that limit,
/// starting at half of it (the target), for the highest rate whose every page keeps p99 under 250 ms
/// with no failed request. The probe is also the JIT's first meeting with the pages under load, so it
/// costs several times a warm journey: the limit is re-estimated from the steps after it, and a step that
/// held raises the bisection's top to that estimate (else a cold probe caps the search below the capacity).
/// </summary>
public sealed class Capacity(BenchOptions options, OpenLoop loop, Func<CpuMeter> meter, Action<string> step)
{
    public const double ProbePerMinute = 60;

    public async Task<CapacityResult> FindAsync()
    {
        var steps = new List<CapacityStep>();
        var next = 0;
        double lowest = 0, highest = 0;
        var rate = ProbePerMinute;
        for (var i = 0; i < options.CapacitySteps; i++)
        {
            // At least 20 families: with fewer, a page's p99 is its one slowest answer.
            var count = Math.Max(20, (int)Math.Round(rate * options.StepSeconds / 60));
            if (next + count > options.Families)
            {
                step($"capacity: no families left for a step at {rate:0}/min (--families {options.Families.ToString(CultureInfo.InvariantCulture)})");
                break;
            }

            step(F($"capacity step {i + 1}: {count} families sign in (not measured), then arrive at {rate:0}/min over {options.StepSeconds} s"));
            await loop.SignInClosedAsync(next, count, 16);
            await Task.Delay(1000);
            await using var cpu = meter();
            await cpu.StartAsync();
            var result = await loop.OpenAsync(next, count, rate / 60, options.Poisson);
            var (app, postgres) = await cpu.StopAsync();
            next += count;
            var worst = Parents.JourneyPages.Select(p => (Page: p, Stats: result.Recorder.Of(p))).Where(p => p.Stats.Count > 0).MaxBy(p => p.Stats.P99);
            var passed = result.Recorder.Failures == 0 && result.GaveUp == 0 && worst.Stats.P99 < BenchProgram.P99TargetMs;
            steps.Add(new CapacityStep(rate, count, result, app, postgres, worst.Page, worst.Stats.P99, passed));
            step(F($"  {(passed ? "held" : "missed")}: worst p99 {worst.Stats.P99:0} ms ({worst.Page}), {result.Recorder.Failures} failed, CPU app {app:0.0} s + PostgreSQL {postgres:0.0} s for {result.Completed} journeys"));

            var limit = LimitOf(CpuPerJourney(steps));
            if (i == 0)
            {
                // The probe measures the cost of a journey, hence the range: 0 to the machine's limit. Whether it
                // held does not bound the search: it is also the first time the JIT meets some pages under load.
                (lowest, highest) = (0, Math.Max(limit, rate));
                rate = highest / 2;
                continue;
            }

            (lowest, highest) = passed ? (rate, Math.Max(highest, limit)) : (lowest, rate);
            rate = (lowest + highest) / 2;
        }

        var cpuPerJourney = CpuPerJourney(steps);
        return new CapacityResult(steps, lowest, cpuPerJourney, LimitOf(cpuPerJourney));
    }

    /// <summary>CPU-seconds per completed journey over the steps after the probe, or the probe's alone before there are any.</summary>
    private static double CpuPerJourney(List<CapacityStep> steps)
    {
        var measured = steps.Count > 1 ? steps.Skip(1).ToList() : steps;
        var journeys = measured.Sum(s => s.Result.Completed);
        return journeys == 0 ? 0 : measured.Sum(s => s.AppCpu + s.PostgresCpu) / journeys;
    }

    private static double LimitOf(double cpuPerJourney) => cpuPerJourney == 0 ? 0 : Environment.ProcessorCount * 60 / cpuPerJourney;

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

public sealed record CapacityStep(double PerMinute, int Families, ArrivalResult Result, double AppCpu, double PostgresCpu, string WorstPage, double WorstP99, bool Held);

public sealed record CapacityResult(IReadOnlyList<CapacityStep> Steps, double PerMinute, double CpuPerJourney, double LimitPerMinute);
