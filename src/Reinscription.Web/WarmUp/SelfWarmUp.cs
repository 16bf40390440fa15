using System.Diagnostics;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.ReenrollmentWizard;

namespace Reinscription.Web.WarmUp;

/// <summary>
/// Before /health says healthy, the app serves itself its main pages once, so that the first parents after a
/// restart do not pay for the first-call costs (JIT of the pipeline and of the pages, EF Core's model and
/// query compilation, the key ring read from PostgreSQL): decision record 071. Read-only: anonymous pages
/// over loopback and the wizard's query for a student that does not exist; no session, no mail, no row.
/// Bounded: after <see cref="Limit"/> the app reports healthy anyway.
/// </summary>
public sealed partial class SelfWarmUp(
    IServer server,
    IServiceScopeFactory scopes,
    IHostApplicationLifetime lifetime,
    TimeProvider clock,
    ILogger<SelfWarmUp> logger) : BackgroundService, IHealthCheck
{
    public const string Name = "warm-up";

    private static readonly TimeSpan Limit = TimeSpan.FromSeconds(20);

    private static readonly string[] Pages = ["/Connexion", "/Accueil", "/MentionsLegales", "/Simulateur", "/Erreur/404"];

    private volatile bool _done;

    public Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
        Task.FromResult(_done ? HealthCheckResult.Healthy("done") : HealthCheckResult.Unhealthy("warming up"));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var started = new TaskCompletionSource();
        using var registration = lifetime.ApplicationStarted.Register(started.SetResult);
        await started.Task.WaitAsync(stoppingToken);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
        limit.CancelAfter(Limit);
        var watch = Stopwatch.StartNew();
        try
        {
            await QueriesAsync(limit.Token);
            await PagesAsync(limit.Token);
            LogDone(logger, watch.ElapsedMilliseconds);
        }
        catch (Exception exception) when (exception is OperationCanceledException or HttpRequestException && !stoppingToken.IsCancellationRequested)
        {
            LogCut(logger, watch.ElapsedMilliseconds, exception.Message);
        }
        finally
        {
            _done = true;
        }
    }

    /// <summary>The query every wizard step starts with, for a family and student that do not exist: compiled, nothing read.</summary>
    private async Task QueriesAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        await Wizard.LoadAsync(db, 0, 0, clock.GetUtcNow(), cancellationToken);
    }

    /// <summary>The anonymous pages and the sign-in redirect, through Kestrel, as a proxy on loopback would send them.</summary>
    private async Task PagesAsync(CancellationToken cancellationToken)
    {
        var address = server.Features.Get<IServerAddressesFeature>()?.Addresses
            .Select(a => new Uri(a.Replace("://+", "://localhost", StringComparison.Ordinal)
                .Replace("://*", "://localhost", StringComparison.Ordinal)
                .Replace("://0.0.0.0", "://127.0.0.1", StringComparison.Ordinal)
                .Replace("://[::]", "://localhost", StringComparison.Ordinal)))
            .FirstOrDefault(a => a.Scheme == Uri.UriSchemeHttp);
        if (address is null)
        {
            return;
        }

        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = address };
        foreach (var page in Pages)
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(page, UriKind.Relative));
            request.Headers.Add("X-Forwarded-Proto", "https");
            using var response = await client.SendAsync(request, cancellationToken);
            await response.Content.ReadAsByteArrayAsync(cancellationToken);
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Warm-up done in {Milliseconds} ms.")]
    private static partial void LogDone(ILogger logger, long milliseconds);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Warm-up cut after {Milliseconds} ms: {Reason}")]
    private static partial void LogCut(ILogger logger, long milliseconds, string reason);
}
