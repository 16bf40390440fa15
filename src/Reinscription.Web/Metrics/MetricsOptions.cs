namespace Reinscription.Web.Metrics;

/// <summary>Settings of the scrape path (section "Metrics").</summary>
public sealed class MetricsOptions
{
    public const string Section = "Metrics";

    /// <summary>
    /// Networks (CIDR, e.g. "10.0.0.0/8") besides loopback whose clients may read /metrics: the Prometheus
    /// servers. Everyone else gets 404, as for a page that does not exist.
    /// </summary>
    public IReadOnlyList<string> AllowedNetworks { get; set; } = [];

    /// <summary>How long the figures read from PostgreSQL (seats, outbox) are reused between scrapes.</summary>
    public int DatabaseReadMilliseconds { get; set; } = 2000;
}
