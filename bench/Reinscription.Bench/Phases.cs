using System.Diagnostics;

namespace Reinscription.Bench;

/// <summary>The closed-loop runs: warm-up, the baseline, step 4 alone, validation alone (C clients, each sending its next request when the last is answered).</summary>
public sealed class Phases(BenchOptions options, BenchData data, Target target, CancellationToken cancellationToken)
    : IDisposable
{
    private readonly List<PoolClient> pool = [];

    /// <summary>Logs the pool in and loops over the pages the rush uses, so that the JIT has compiled them before any measure.</summary>
    public async Task WarmUpAsync()
    {
        var recorder = new Recorder();
        var deadline = Stopwatch.StartNew();
        // The pages of the opening journey that the pool does not loop over (tab, steps 1 to 3, finalisation):
        // each warm-up family walks it once, into a slot with seats for all.
        var journeys = Task.WhenAll(data.Warm.Select(async (parent, index) =>
        {
            using var browser = new Browser(target, recorder, parent.Number);
            await Parents.LoginAsync(browser, data.SiteId, parent.Identifier, cancellationToken);
            var outcome = await Parents.JourneyAsync(browser, parent.StudentId, new Random(index), Stopwatch.GetTimestamp(), cancellationToken);
            if (outcome != Outcome.Accepted)
            {
                throw new BenchFailureException($"the warm-up's journey of {parent.Identifier} ended {outcome}: {string.Join(" / ", recorder.FailureSamples.Take(3))}");
            }
        }));
        await Task.WhenAll(journeys, Task.WhenAll(data.Pool.Select(async (family, index) =>
        {
            var browser = new Browser(target, recorder, family.Number);
            var client = new PoolClient(browser, family);
            lock (pool)
            {
                pool.Add(client);
            }

            await Parents.LoginAsync(browser, data.SiteId, family.Identifier, cancellationToken);
            var random = new Random(index);
            var students = family.MeasuredStudents;
            for (var i = 0; deadline.Elapsed.TotalSeconds < options.WarmupSeconds; i++)
            {
                Parents.Expect(Parents.Baseline, await browser.GetAsync(Parents.Baseline, "/Bench/Fortunes", cancellationToken), 200);
                var studentId = students[i % students.Count];
                var page = Parents.Expect(Parents.Step4Get, await browser.GetAsync(Parents.Step4Get, Parents.CoursPath(studentId), cancellationToken), 200);
                var form = Parents.StepFourForm(page.Body, random) ?? throw new BenchFailureException("the pool's slot is full");
                Parents.Expect(Parents.Step4Post, await browser.PostAsync(Parents.Step4Post, Parents.CoursPath(studentId), form, cancellationToken), 302, Parents.RecapPath(studentId));
                Parents.Expect(Parents.RecapGet, await browser.GetAsync(Parents.RecapGet, Parents.RecapPath(studentId), cancellationToken), 200);
            }

            // Both ends of validation: student 0 chose the slot without seats, the warm-up students one with seats.
            var summary = Parents.Expect(Parents.RecapGet, await browser.GetAsync(Parents.RecapGet, Parents.RecapPath(family.FullSlotStudent), cancellationToken), 200);
            client.Token = Html.Token(summary.Body);
            if (await Parents.ValidateAsync(browser, family.FullSlotStudent, client.Token, cancellationToken) != Outcome.RefusedFull)
            {
                throw new BenchFailureException("the warm-up's validation into the full slot was not refused");
            }

            foreach (var studentId in family.WarmupStudents)
            {
                if (await Parents.ValidateAsync(browser, studentId, client.Token, cancellationToken) != Outcome.Accepted)
                {
                    throw new BenchFailureException("the warm-up's validation into a slot with seats was refused");
                }
            }
        })));
    }

    /// <summary>The baseline: anonymous GETs of the Fortunes page, no cookie, for the phase's duration.</summary>
    public Task<PhaseResult> BaselineAsync()
    {
        var recorder = new Recorder();
        var browsers = Enumerable.Range(0, options.Concurrency).Select(i => new Browser(target, recorder, data.Pool[i].Number, keepsCookies: false)).ToList();
        return RunForAsync(Parents.Baseline, recorder, async (worker, _) =>
        {
            Parents.Expect(Parents.Baseline, await browsers[worker].GetAsync(Parents.Baseline, "/Bench/Fortunes", cancellationToken), 200);
            return true;
        }, () => browsers.ForEach(b => b.Dispose()));
    }

    /// <summary>Step 4 alone: signed-in parents of the pool reload it, students in turn.</summary>
    public Task<PhaseResult> StepFourAsync()
    {
        var recorder = new Recorder();
        var browsers = pool.Select(p => p.Browser.WithRecorder(recorder)).ToList();
        return RunForAsync(Parents.Step4Get, recorder, async (worker, iteration) =>
        {
            var students = pool[worker].Family.MeasuredStudents;
            var studentId = students[iteration % students.Count];
            var page = Parents.Expect(Parents.Step4Get, await browsers[worker].GetAsync(Parents.Step4Get, Parents.CoursPath(studentId), cancellationToken), 200);
            if (!page.Body.Contains("id=\"cours\"", StringComparison.Ordinal))
            {
                throw new BenchFailureException("step 4 without its table of courses");
            }

            return true;
        }, null);
    }

    /// <summary>Validation alone: each pool parent validates its students one after the other (a slot with seats for all).</summary>
    public Task<PhaseResult> ValidationAsync()
    {
        var recorder = new Recorder();
        var browsers = pool.Select(p => p.Browser.WithRecorder(recorder)).ToList();
        return RunForAsync(Parents.Validate, recorder, async (worker, iteration) =>
        {
            var students = pool[worker].Family.MeasuredStudents;
            if (iteration >= students.Count)
            {
                return false;
            }

            var outcome = await Parents.ValidateAsync(browsers[worker], students[iteration], pool[worker].Token, cancellationToken);
            return outcome == Outcome.Accepted ? true : throw new BenchFailureException("validation refused in a slot with seats for all");
        }, null);
    }

    private async Task<PhaseResult> RunForAsync(string kind, Recorder recorder, Func<int, int, Task<bool>> step, Action? cleanUp)
    {
        var duration = TimeSpan.FromSeconds(options.PhaseSeconds);
        var watch = Stopwatch.StartNew();
        var done = 0;
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(async worker =>
        {
            for (var iteration = 0; watch.Elapsed < duration; iteration++)
            {
                try
                {
                    if (!await step(worker, iteration))
                    {
                        return;
                    }

                    Interlocked.Increment(ref done);
                }
                catch (BenchFailureException failure)
                {
                    recorder.Fail(failure.Message);
                }
            }
        }));
        watch.Stop();
        cleanUp?.Invoke();
        return new PhaseResult(kind, recorder, watch.Elapsed, done);
    }

    public void Dispose() => pool.ForEach(p => p.Browser.Dispose());

    private sealed class PoolClient(Browser browser, PoolFamily family)
    {
        public Browser Browser { get; } = browser;

        public PoolFamily Family { get; } = family;

        public string Token { get; set; } = "";
    }
}

public sealed record PhaseResult(string Kind, Recorder Recorder, TimeSpan Elapsed, int Done)
{
    public double PerSecond => Done / Elapsed.TotalSeconds;
}

