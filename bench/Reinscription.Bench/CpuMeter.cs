using System.Globalization;
using Npgsql;

namespace Reinscription.Bench;

/// <summary>
/// CPU time (user + system, from /proc/PID/stat) spent by the app processes and by the PostgreSQL processes
/// serving the benchmark's database (its backends, the postmaster and the cluster's own background
/// processes), between Start and Stop. Sampled twice a second, so that a backend that comes and goes in
/// between (pool growth, the database restart) is counted from its first sample on.
/// </summary>
public sealed class CpuMeter : IAsyncDisposable
{
    private const double TicksPerSecond = 100; // USER_HZ, 100 on every Linux the project runs on.
    private readonly IReadOnlyList<int> appPids;
    private readonly string adminConnection;
    private readonly string database;
    private readonly Dictionary<int, (long First, long Last)> app = [];
    private readonly Dictionary<int, (long First, long Last)> postgres = [];
    private readonly CancellationTokenSource stop = new();
    private Task? loop;
    private int? postmaster;

    public CpuMeter(IReadOnlyList<int> appPids, string adminConnection, string database)
    {
        this.appPids = appPids;
        this.adminConnection = adminConnection;
        this.database = database;
    }

    public async Task StartAsync()
    {
        postmaster = await PostmasterPidAsync();
        await SampleAsync(first: true);
        loop = Task.Run(async () =>
        {
            while (!stop.IsCancellationRequested)
            {
                try
                {
                    await Task.Delay(500, stop.Token);
                    await SampleAsync(first: false);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        });
    }

    public async Task<(double AppSeconds, double PostgresSeconds)> StopAsync()
    {
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }

        await SampleAsync(first: false);
        lock (app)
        {
            return (app.Values.Sum(v => v.Last - v.First) / TicksPerSecond, postgres.Values.Sum(v => v.Last - v.First) / TicksPerSecond);
        }
    }

    private async Task SampleAsync(bool first)
    {
        var pgPids = new List<int>();
        try
        {
            await using var connection = new NpgsqlConnection($"{adminConnection};Database=postgres;Pooling=false;Timeout=2");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand(
                "SELECT pid FROM pg_stat_activity WHERE (datname = @db OR backend_type <> 'client backend') AND pid <> pg_backend_pid()", connection);
            command.Parameters.AddWithValue("db", database);
            await using var reader = await command.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                pgPids.Add(reader.GetInt32(0));
            }
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or IOException)
        {
            // PostgreSQL restarting: the processes already known are still read below.
        }

        if (postmaster is { } main)
        {
            pgPids.Add(main);
        }

        lock (app)
        {
            Update(app, appPids, first);
            Update(postgres, pgPids.Concat(postgres.Keys).Distinct(), first);
        }
    }

    private static void Update(Dictionary<int, (long First, long Last)> seen, IEnumerable<int> pids, bool first)
    {
        foreach (var pid in pids.ToList())
        {
            if (Ticks(pid) is not { } ticks)
            {
                continue;
            }

            // A process first seen after the start began in the window: all its time counts.
            seen[pid] = seen.TryGetValue(pid, out var known) ? (known.First, Math.Max(known.Last, ticks)) : (first ? ticks : 0, ticks);
        }
    }

    /// <summary>utime + stime of a process, in clock ticks; null once it has gone.</summary>
    public static long? Ticks(int pid)
    {
        try
        {
            var stat = File.ReadAllText($"/proc/{pid.ToString(CultureInfo.InvariantCulture)}/stat");
            // The command name, in parentheses, may hold spaces: the fields are counted after its closing one.
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException)
        {
            return null;
        }
    }

    private async Task<int?> PostmasterPidAsync()
    {
        try
        {
            await using var connection = new NpgsqlConnection($"{adminConnection};Database=postgres;Pooling=false");
            await connection.OpenAsync();
            await using var command = new NpgsqlCommand("SHOW data_directory", connection);
            var directory = (string)(await command.ExecuteScalarAsync())!;
            var first = (await File.ReadAllLinesAsync(Path.Combine(directory, "postmaster.pid")))[0];
            return int.Parse(first, CultureInfo.InvariantCulture);
        }
        catch (Exception exception) when (exception is NpgsqlException or IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    public async ValueTask DisposeAsync()
    {
        await stop.CancelAsync();
        if (loop is not null)
        {
            await loop;
        }

        stop.Dispose();
    }
}
