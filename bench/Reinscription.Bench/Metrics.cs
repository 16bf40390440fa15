using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;

namespace Reinscription.Bench;

/// <summary>
/// The app's own figures from /metrics (Prometheus text), scraped from each instance directly (not through
/// nginx: the path answers on loopback only), at the end of a run. Null when an instance answers 404: the
/// app has no /metrics yet, and the run goes on without the comparison.
/// </summary>
public sealed partial record AppMetrics(
    IReadOnlyDictionary<int, double> SeatsTakenByCourse,
    double RequestsSubmitted,
    double OutboxDepth,
    double OutboxOldestUnsentSeconds)
{
    public static async Task<AppMetrics?> ScrapeAsync(Uri instance, CancellationToken cancellationToken)
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(10) };
        using var response = await client.GetAsync(new Uri(instance, "metrics"), cancellationToken);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        return Parse(await response.Content.ReadAsStringAsync(cancellationToken));
    }

    public static AppMetrics Parse(string text)
    {
        var seats = new Dictionary<int, double>();
        double submitted = 0, depth = 0, oldest = 0;
        foreach (var line in text.Split('\n'))
        {
            if (line.StartsWith('#'))
            {
                continue;
            }

            var sample = SamplePattern().Match(line.Trim());
            if (!sample.Success || !double.TryParse(sample.Groups["value"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
            {
                continue;
            }

            switch (sample.Groups["name"].Value)
            {
                case "reinscription_seats_taken":
                    var course = CoursePattern().Match(sample.Groups["labels"].Value);
                    if (course.Success)
                    {
                        seats[int.Parse(course.Groups[1].Value, CultureInfo.InvariantCulture)] = value;
                    }

                    break;
                case "reinscription_requests_submitted_total": submitted += value; break;
                case "reinscription_outbox_depth": depth = value; break;
                case "reinscription_outbox_oldest_unsent_seconds": oldest = value; break;
            }
        }

        return new AppMetrics(seats, submitted, depth, oldest);
    }

    [GeneratedRegex("^(?<name>[a-zA-Z_:][a-zA-Z0-9_:]*)(\\{(?<labels>[^}]*)\\})?\\s+(?<value>\\S+)")]
    private static partial Regex SamplePattern();

    [GeneratedRegex("course=\"(\\d+)\"")]
    private static partial Regex CoursePattern();
}
