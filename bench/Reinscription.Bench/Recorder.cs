using System.Collections.Concurrent;
using System.Diagnostics;
using HdrHistogram;

namespace Reinscription.Bench;

/// <summary>
/// Latencies per request kind in HdrHistogram (microseconds, 3 significant digits, up to 10 minutes), 503
/// answers apart, and failures with when they were sent and answered (to tell those in flight on a killed
/// process from the others).
/// </summary>
public sealed class Recorder
{
    private const long HighestMicroseconds = 600_000_000;
    private readonly ConcurrentDictionary<string, LongConcurrentHistogram> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, int> unavailable = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<Failure> failures = new();

    public int Failures => failures.Count;

    public IReadOnlyCollection<Failure> FailureList => failures;

    public IEnumerable<string> FailureSamples => failures.Select(f => f.What);

    public int UnavailableCount => unavailable.Values.Sum();

    public IReadOnlyDictionary<string, int> UnavailableByKind => unavailable;

    public IEnumerable<string> Kinds => latencies.Keys;

    public void Record(string kind, TimeSpan latency)
    {
        var histogram = latencies.GetOrAdd(kind, _ => new LongConcurrentHistogram(1, HighestMicroseconds, 3));
        histogram.RecordValue(Math.Clamp((long)latency.TotalMicroseconds, 1, HighestMicroseconds));
    }

    public void Unavailable(string kind) => unavailable.AddOrUpdate(kind, 1, (_, n) => n + 1);

    public void Fail(string what, long sent = 0, long done = 0, int status = -1) =>
        failures.Enqueue(new Failure(what, sent == 0 ? Stopwatch.GetTimestamp() : sent, done == 0 ? Stopwatch.GetTimestamp() : done, status));

    public Stats Of(string kind)
    {
        if (!latencies.TryGetValue(kind, out var histogram) || histogram.TotalCount == 0)
        {
            return new Stats(0, 0, 0, 0, 0);
        }

        static double Ms(long microseconds) => microseconds / 1000.0;
        return new Stats(
            histogram.TotalCount,
            Ms(histogram.GetValueAtPercentile(50)),
            Ms(histogram.GetValueAtPercentile(90)),
            Ms(histogram.GetValueAtPercentile(99)),
            Ms(histogram.GetMaxValue()));
    }
}

public sealed record Failure(string What, long Sent, long Done, int Status);

public sealed record Stats(long Count, double P50, double P90, double P99, double Max);
