using System.Diagnostics;
using Npgsql;

namespace Reinscription.Bench;

/// <summary>
/// The throughput phases leave thousands of acknowledgements to send: the rush starts once the app has sent
/// them, so that its latencies are the rush's own and not those of mail left over from earlier phases.
/// </summary>
public static class OutboxDrain
{
    public static async Task<(TimeSpan Elapsed, int Left)> WaitAsync(BenchOptions options, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var connection = new NpgsqlConnection(options.AppConnection);
        await connection.OpenAsync(cancellationToken);
        await using var command = new NpgsqlCommand("""SELECT count(*)::int FROM "Outbox" WHERE "SentAt" IS NULL""", connection);
        var watch = Stopwatch.StartNew();
        while (true)
        {
            var left = (int)(await command.ExecuteScalarAsync(cancellationToken))!;
            if (left == 0 || watch.Elapsed >= limit)
            {
                return (watch.Elapsed, left);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(250), cancellationToken);
        }
    }
}
