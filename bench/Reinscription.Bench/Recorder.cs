using System.Collections.Concurrent;

namespace Reinscription.Bench;

/// <summary>Latencies per request kind and failures, kept in memory and summarised at the end of a phase.</summary>
public sealed class Recorder
{
    private readonly ConcurrentDictionary<string, List<double>> latencies = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<string> failureSamples = new();
    private int failures;

    public int Failures => Volatile.Read(ref failures);

    public IReadOnlyCollection<string> FailureSamples => failureSamples;

    public void Record(string kind, double milliseconds)
    {
        var list = latencies.GetOrAdd(kind, _ => []);
        lock (list)
        {
            list.Add(milliseconds);
        }
    }

    public void Fail(string what)
    {
        if (Interlocked.Increment(ref failures) <= 10)
        {
            failureSamples.Enqueue(what);
        }
    }

    public Stats Of(string kind)
    {
        if (!latencies.TryGetValue(kind, out var list))
        {
            return new Stats(0, 0, 0, 0, 0);
        }

        double[] sorted;
        lock (list)
        {
            sorted = [.. list];
        }

        Array.Sort(sorted);
        return new Stats(sorted.Length, Percentile(sorted, 0.50), Percentile(sorted, 0.95), Percentile(sorted, 0.99), sorted.Length == 0 ? 0 : sorted[^1]);
    }

    private static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

public sealed record Stats(int Count, double P50, double P95, double P99, double Max);
