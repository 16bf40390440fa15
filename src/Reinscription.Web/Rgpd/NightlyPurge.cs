using Microsoft.Extensions.Options;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Rgpd;

/// <summary>Rgpd__NightlyPurge (on unless set to false) and Rgpd__PurgeHour (Paris time, default 3).</summary>
public sealed class RgpdOptions
{
    public const string Section = "Rgpd";

    public bool NightlyPurge { get; set; } = true;

    public int PurgeHour { get; set; } = 3;
}

/// <summary>
/// Wakes every quarter of an hour and, from the purge hour on, asks for today's purge: the first
/// instance to ask runs it, every other ask that day does nothing. An app down at night purges when it
/// comes back.
/// </summary>
public sealed partial class NightlyPurge(
    IServiceScopeFactory scopes,
    IOptions<RgpdOptions> options,
    TimeProvider clock,
    ILogger<NightlyPurge> logger) : BackgroundService
{
    private static readonly TimeSpan CheckInterval = TimeSpan.FromMinutes(15);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            if (ParisTime.ToLocal(clock.GetUtcNow()).Hour >= options.Value.PurgeHour)
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<FamilyPurge>().RunOnceTodayAsync(stoppingToken);
                }
                catch (Exception exception) when (exception is not OperationCanceledException)
                {
                    LogFailed(logger, exception);
                }
            }

            try
            {
                await Task.Delay(CheckInterval, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "RGPD purge failed; it will be tried again")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
