using System.Diagnostics.Metrics;
using System.Net;
using Npgsql;
using OpenTelemetry.Metrics;

namespace Reinscription.Web.Metrics;

/// <summary>
/// OpenTelemetry metrics on <c>/metrics</c> in Prometheus text format: ASP.NET Core's and Kestrel's, Npgsql's
/// (pool, commands), the runtime's (GC, heap, thread pool) and <see cref="ReinscriptionMetrics"/>. Answered
/// only to loopback and to <see cref="MetricsOptions.AllowedNetworks"/>, as seen after the forwarded headers;
/// no session, no rate limit, no journal (decision record 070).
/// </summary>
public static class MetricsRegistration
{
    public const string Path = "/metrics";

    public static IServiceCollection AddReinscriptionMetrics(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<MetricsOptions>(configuration.GetSection(MetricsOptions.Section));
        services.AddSingleton<ReinscriptionMetrics>();
        services.AddOpenTelemetry().WithMetrics(metrics => metrics
            .AddAspNetCoreInstrumentation()
            .AddMeter("Microsoft.AspNetCore.Server.Kestrel", "System.Runtime")
            .AddNpgsqlInstrumentation()
            .AddMeter(ReinscriptionMetrics.MeterName)
            // Every scrape sees the counters as they are: the gauges read from PostgreSQL have their own cache.
            .AddPrometheusExporter(options => options.ScrapeResponseCacheDurationMilliseconds = 0));
        services.ConfigureOpenTelemetryMeterProvider((provider, metrics) =>
            metrics.AddView(OnlyOwnMeters(provider.GetRequiredService<IMeterFactory>())));
        return services;
    }

    /// <summary>
    /// OpenTelemetry listens to meters by name in the whole process: a second app in it (the tests start
    /// several) would have its instruments read here, and its disposal would end this app's series of the same
    /// name. Instruments made by another container's meter factory are therefore dropped.
    /// </summary>
    private static Func<Instrument, MetricStreamConfiguration?> OnlyOwnMeters(IMeterFactory own) =>
        instrument => instrument.Meter.Scope is IMeterFactory factory && !ReferenceEquals(factory, own) ? MetricStreamConfiguration.Drop : null;

    /// <summary>Answers 404 on <see cref="Path"/> to every client outside loopback and the allowed networks.</summary>
    public static WebApplication UseMetricsAccess(this WebApplication app)
    {
        var allowed = (app.Configuration.GetSection($"{MetricsOptions.Section}:{nameof(MetricsOptions.AllowedNetworks)}").Get<string[]>() ?? [])
            .Select(IPNetwork.Parse)
            .ToList();
        app.Use(async (context, next) =>
        {
            if (context.Request.Path.StartsWithSegments(Path, StringComparison.OrdinalIgnoreCase)
                && !IsAllowed(context.Connection.RemoteIpAddress, allowed))
            {
                context.Response.StatusCode = StatusCodes.Status404NotFound;
                return;
            }

            await next(context);
        });
        return app;
    }

    public static WebApplication MapReinscriptionMetrics(this WebApplication app)
    {
        // Created now, not at the first validation: its gauges exist only once it does.
        app.Services.GetRequiredService<ReinscriptionMetrics>();
        app.MapPrometheusScrapingEndpoint(Path);
        return app;
    }

    internal static bool IsAllowed(IPAddress? client, IReadOnlyList<IPNetwork> allowed)
    {
        if (client is null)
        {
            return false;
        }

        if (client.IsIPv4MappedToIPv6)
        {
            client = client.MapToIPv4();
        }

        return IPAddress.IsLoopback(client) || allowed.Any(network => network.Contains(client));
    }
}
