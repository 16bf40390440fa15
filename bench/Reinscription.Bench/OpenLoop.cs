using System.Collections.Concurrent;
using System.Diagnostics;

namespace Reinscription.Bench;

/// <summary>
/// Open-loop arrivals: each family starts at its scheduled time whatever the others are waiting for, and each
/// request's latency runs from when it was due (the coordinated-omission correction of wrk2): a family the
/// generator launches late, or whose page answers late, shows that lateness in the figures.
/// </summary>
public sealed class OpenLoop(BenchData data, Target target, CancellationToken cancellationToken) : IDisposable
{
    private readonly Browser?[] browsers = new Browser?[data.Rush.Count];

    /// <summary>Offsets from the start: evenly spaced, or a Poisson process (exponential gaps) of the same mean rate.</summary>
    public static IReadOnlyList<TimeSpan> Schedule(int count, double perSecond, bool poisson, Random random)
    {
        var offsets = new List<TimeSpan>(count);
        var at = 0.0;
        for (var i = 0; i < count; i++)
        {
            offsets.Add(TimeSpan.FromSeconds(at));
            at += poisson ? -Math.Log(1 - random.NextDouble()) / perSecond : 1 / perSecond;
        }

        return offsets;
    }

    /// <summary>Families [from, from + count) sign in at the given rate (GET and POST /Connexion, then the home page); measured.</summary>
    public async Task<ArrivalResult> SignInAsync(int from, int count, double perSecond, bool poisson)
    {
        var recorder = new Recorder();
        var done = 0;
        var result = await ArriveAsync(from, count, perSecond, poisson, async (index, due) =>
        {
            var parent = data.Rush[index];
            var browser = new Browser(target, recorder, parent.Number);
            browsers[index] = browser;
            try
            {
                await Parents.LoginAsync(browser, data.SiteId, parent.Identifier, cancellationToken, due);
                Interlocked.Increment(ref done);
            }
            catch (BenchFailureException failure)
            {
                recorder.Fail($"{parent.Identifier}: {failure.Message}");
                browsers[index] = null;
                browser.Dispose();
            }
        });
        return result with { Recorder = recorder, Completed = done };
    }

    /// <summary>Families [from, from + count) sign in as fast as <paramref name="concurrency"/> clients go; not measured (capacity steps).</summary>
    public async Task SignInClosedAsync(int from, int count, int concurrency)
    {
        var recorder = new Recorder();
        var next = from - 1;
        await Task.WhenAll(Enumerable.Range(0, concurrency).Select(async _ =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < from + count)
            {
                var parent = data.Rush[index];
                var browser = new Browser(target, recorder, parent.Number);
                browsers[index] = browser;
                await Parents.LoginAsync(browser, data.SiteId, parent.Identifier, cancellationToken);
            }
        }));
    }

    /// <summary>Signed-in families [from, from + count) arrive at the given rate and walk the journey from the Réinscription tab.</summary>
    public async Task<ArrivalResult> OpenAsync(int from, int count, double perSecond, bool poisson)
    {
        var recorder = new Recorder();
        var accepted = new ConcurrentBag<int>();
        int refused = 0, failed = 0;
        var result = await ArriveAsync(from, count, perSecond, poisson, async (index, due) =>
        {
            var parent = data.Rush[index];
            var browser = browsers[index];
            if (browser is null)
            {
                Interlocked.Increment(ref failed);
                recorder.Fail($"{parent.Identifier}: not signed in");
                return;
            }

            browser.WithRecorder(recorder);
            var outcome = await Parents.JourneyAsync(browser, parent.StudentId, new Random(index), due, cancellationToken);
            switch (outcome)
            {
                case Outcome.Accepted: accepted.Add(parent.StudentId); break;
                case Outcome.RefusedFull: Interlocked.Increment(ref refused); break;
                default: Interlocked.Increment(ref failed); break;
            }
        });
        return result with { Recorder = recorder, Completed = accepted.Count + refused, Accepted = [.. accepted], Refused = refused, GaveUp = failed };
    }

    private async Task<ArrivalResult> ArriveAsync(int from, int count, double perSecond, bool poisson, Func<int, long, Task> arrive)
    {
        var offsets = Schedule(count, perSecond, poisson, new Random(from + count));
        var tasks = new List<Task>(count);
        var start = Stopwatch.GetTimestamp();
        var lateMax = TimeSpan.Zero;
        for (var i = 0; i < count; i++)
        {
            var due = start + (long)(offsets[i].TotalSeconds * Stopwatch.Frequency);
            var wait = Stopwatch.GetElapsedTime(Stopwatch.GetTimestamp(), due);
            if (wait > TimeSpan.FromMilliseconds(1))
            {
                await Task.Delay(wait, cancellationToken);
            }

            var late = Stopwatch.GetElapsedTime(due);
            lateMax = late > lateMax ? late : lateMax;
            var index = from + i;
            tasks.Add(Task.Run(() => arrive(index, due), cancellationToken));
        }

        var arrived = Stopwatch.GetElapsedTime(start);
        await Task.WhenAll(tasks);
        return new ArrivalResult(new Recorder(), start, arrived, Stopwatch.GetElapsedTime(start), 0, [], 0, 0, lateMax);
    }

    public void Dispose()
    {
        foreach (var browser in browsers)
        {
            browser?.Dispose();
        }
    }
}

/// <summary>
/// One open-loop phase: Start is a Stopwatch timestamp, Arrivals the time the last family took to arrive, Elapsed
/// until the last finished; Completed journeys (accepted or refused), the students the app told were accepted,
/// those refused (complet), those who gave up after failed requests, and how late the generator launched its worst arrival.
/// </summary>
public sealed record ArrivalResult(
    Recorder Recorder,
    long Start,
    TimeSpan Arrivals,
    TimeSpan Elapsed,
    int Completed,
    IReadOnlyList<int> Accepted,
    int Refused,
    int GaveUp,
    TimeSpan LaunchedLateBy);
