using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Reinscription.Web.Documents;

/// <summary>
/// Says on /health whether uploads are scanned. clamd down is "Degraded", which still answers 200:
/// families can sign in and re-enrol while uploads wait for it, so a load balancer must not take the
/// instance out for that.
/// </summary>
public sealed class AntivirusHealthCheck(ClamdScanner scanner) : IHealthCheck
{
    public const string Name = "antivirus";

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        if (!scanner.IsOn)
        {
            return HealthCheckResult.Healthy("scanning off (Antivirus:Clamd is not set)");
        }

        return await scanner.PingAsync(cancellationToken)
            ? HealthCheckResult.Healthy("scanning on, clamd answers")
            : HealthCheckResult.Degraded("scanning on, clamd does not answer: uploads are refused");
    }
}
