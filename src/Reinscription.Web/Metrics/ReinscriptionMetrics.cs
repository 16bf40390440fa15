using System.Diagnostics.Metrics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Web.Data;

namespace Reinscription.Web.Metrics;

/// <summary>
/// The product's own figures on the scrape path, beside ASP.NET Core's and Npgsql's: seats taken per course
/// of the campaigns open now, requests validated by families, and the outbox. The gauges read PostgreSQL at
/// most once per <see cref="MetricsOptions.DatabaseReadMilliseconds"/> whatever the number of courses and of
/// scrapers (two Prometheus servers, two instances' scrapes), so watching the opening costs it nothing.
/// </summary>
public sealed class ReinscriptionMetrics
{
    public const string MeterName = "Reinscription";

    private readonly IServiceScopeFactory _scopes;
    private readonly TimeProvider _clock;
    private readonly TimeSpan _readEvery;
    private readonly Counter<long> _submitted;
    private readonly Lock _gate = new();
    private DatabaseFigures? _figures;
    private long _readAt;

    public ReinscriptionMetrics(IMeterFactory meters, IServiceScopeFactory scopes, TimeProvider clock, IOptions<MetricsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(meters);
        ArgumentNullException.ThrowIfNull(options);
        _scopes = scopes;
        _clock = clock;
        _readEvery = TimeSpan.FromMilliseconds(options.Value.DatabaseReadMilliseconds);
        var meter = meters.Create(MeterName);
        _submitted = meter.CreateCounter<long>(
            "reinscription.requests.submitted", description: "Re-enrolment requests validated by families at step 5 (committed).");
        meter.CreateObservableGauge(
            "reinscription.seats.taken",
            () => Figures().Seats,
            description: "Seats taken in each course of next school year offered by a campaign open now.");
        meter.CreateObservableGauge(
            "reinscription.outbox.depth",
            () => Figures().OutboxDepth,
            description: "E-mails waiting in the outbox (not sent, not given up).");
        meter.CreateObservableGauge(
            "reinscription.outbox.oldest_unsent_seconds",
            () => Figures().OldestUnsentSeconds,
            description: "Age in seconds of the oldest e-mail waiting in the outbox; 0 when none waits.");
    }

    /// <summary>Called once the validation's transaction has committed, never before.</summary>
    public void RequestSubmitted() => _submitted.Add(1);

    private DatabaseFigures Figures()
    {
        lock (_gate)
        {
            var now = _clock.GetTimestamp();
            if (_figures is null || _clock.GetElapsedTime(_readAt, now) >= _readEvery)
            {
                _figures = Read();
                _readAt = now;
            }

            return _figures;
        }
    }

    /// <summary>
    /// Synchronous because the exporter collects synchronously; it runs on the scrape's own thread, at most
    /// once per <see cref="MetricsOptions.DatabaseReadMilliseconds"/>.
    /// </summary>
    private DatabaseFigures Read()
    {
        using var scope = _scopes.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        var now = _clock.GetUtcNow();
        var open = db.NextYearCampaigns().Where(c => c.OpensAt <= now && c.ClosesAt > now);
        var courses = db.Courses.AsNoTracking()
            .Where(course => open.Any(c => c.SiteId == course.SiteId && c.TargetSchoolYearId == course.SchoolYearId))
            .Select(course => new { Course = course, Discipline = course.Discipline!.Name })
            .ToList();
        var outbox = db.Database.SqlQuery<OutboxFigures>(
                $"""SELECT count(*) AS "Count", min("CreatedAt") AS "Oldest" FROM "Outbox" WHERE "SentAt" IS NULL AND "GaveUpAt" IS NULL""")
            .AsEnumerable()
            .Single();

        var seats = courses
            .Select(c => new Measurement<long>(c.Course.SeatsTaken, [
                new("course", c.Course.Id),
                new("course_label", $"{c.Discipline} : {c.Course.SlotLabel}"),
            ]))
            .ToList();
        return new DatabaseFigures(
            seats,
            outbox.Count,
            outbox.Oldest is { } oldest ? Math.Max(0, (now - oldest).TotalSeconds) : 0);
    }

    private sealed class OutboxFigures
    {
        public long Count { get; init; }

        public DateTimeOffset? Oldest { get; init; }
    }

    private sealed record DatabaseFigures(IReadOnlyList<Measurement<long>> Seats, long OutboxDepth, double OldestUnsentSeconds);
}
