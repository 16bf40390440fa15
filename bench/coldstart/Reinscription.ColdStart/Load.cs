using System.Diagnostics;
using System.Globalization;
using System.Net;

namespace Reinscription.ColdStart;

/// <summary>What a window of load got: successful pages per second, second by second, and failures.</summary>
public sealed record Window(IReadOnlyList<int> PerSecond, int Failed, TimeSpan Length, string? FirstFailure)
{
    public int Succeeded => PerSecond.Sum();

    public double Throughput => Succeeded / Length.TotalSeconds;
}

/// <summary>
/// A closed loop of signed-in parents, one per worker: the home page (Accueil, where a parent waits for the
/// hour; the Réinscription tab of a request in progress only redirects to its step), then step 4 (courses),
/// then the Fortunes baseline page, again and again. A fixed mix and a fixed concurrency, so that two windows of
/// the same length compare the app with itself.
/// </summary>
public static class Load
{
    public static async Task<Window> DriveAsync(Uri app, IReadOnlyList<Parent> parents, TimeSpan length)
    {
        var seconds = (int)Math.Ceiling(length.TotalSeconds);
        var perSecond = new int[seconds];
        var failed = 0;
        string? firstFailure = null;
        var clock = Stopwatch.StartNew();
        async Task Worker(Parent parent)
        {
            var id = parent.Student.StudentId.ToString(CultureInfo.InvariantCulture);
            Uri[] pages = [new(app, "Accueil"), new(app, $"Reinscription/Cours/{id}"), new(app, "Bench/Fortunes")];
            for (var i = 0; clock.Elapsed < length; i++)
            {
                HttpStatusCode status;
                var page = pages[i % pages.Length];
                try
                {
                    status = await parent.GetAsync(page);
                }
                catch (Exception exception) when (exception is HttpRequestException or TaskCanceledException)
                {
                    status = 0;
                    firstFailure ??= $"{page.AbsolutePath}: {exception.Message}";
                }

                var second = (int)clock.Elapsed.TotalSeconds;
                if (status == HttpStatusCode.OK && second < seconds)
                {
                    Interlocked.Increment(ref perSecond[second]);
                }
                else if (status != HttpStatusCode.OK)
                {
                    firstFailure ??= $"{page.AbsolutePath}: {(int)status}";
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(parents.Select(p => Task.Run(() => Worker(p))));
        return new Window(perSecond, failed, length, firstFailure);
    }
}
