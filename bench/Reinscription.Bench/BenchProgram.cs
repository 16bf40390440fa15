using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using Npgsql;

namespace Reinscription.Bench;

/// <summary>bench/rush: the opening ("ouverture") benchmark. See bench/README.md.</summary>
public static class BenchProgram
{
    public const double P99TargetMs = 250;

    public static async Task<int> Main(string[] args)
    {
        BenchOptions options;
        try
        {
            options = BenchOptions.Parse(args);
        }
        catch (ArgumentException exception)
        {
            await Console.Error.WriteLineAsync(exception.Message + Environment.NewLine + BenchOptions.Usage);
            return 2;
        }

        // Thousands of families in flight: threads ready rather than injected one by one under load, which
        // would show as the generator's lateness in every figure.
        ThreadPool.SetMinThreads(200, 200);
        using var stop = new CancellationTokenSource();
        var run = new Run(options);
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Cancel();
        };
        // SIGTERM (the wrapper's trap): the app processes and nginx go with the benchmark.
        AppDomain.CurrentDomain.ProcessExit += (_, _) => run.Dispose();
        try
        {
            return await run.ExecuteAsync(stop.Token);
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            await Console.Error.WriteLineAsync("interrupted");
            return 130;
        }
        catch (Exception exception) when (exception is BenchFailureException or InvalidOperationException or TimeoutException or NpgsqlException or HttpRequestException)
        {
            await Console.Error.WriteLineAsync($"error: {exception.Message}");
            foreach (var app in run.Apps)
            {
                await Console.Error.WriteLineAsync($"  app log: {app.LogPath}");
            }

            return 1;
        }
        finally
        {
            run.Dispose();
        }
    }

    internal static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);

    internal static void Step(string what) =>
        Console.WriteLine(F($"==> [{DateTime.Now:HH:mm:ss}] {what}"));

    internal static string Verdict(bool met, string target) => $"{(met ? "ok" : "missed")} ({target})";

    internal static async Task RecreateDatabaseAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        if (!Regex.IsMatch(options.Database, "^[a-z0-9_]+$", RegexOptions.None, TimeSpan.FromSeconds(1)))
        {
            throw new InvalidOperationException("The benchmark's database name takes lower-case letters, digits and _ only.");
        }

        await using var connection = new NpgsqlConnection($"{options.AdminConnection};Database=postgres");
        await connection.OpenAsync(cancellationToken);
        foreach (var sql in new[] { $"DROP DATABASE IF EXISTS \"{options.Database}\" WITH (FORCE)", $"CREATE DATABASE \"{options.Database}\"" })
        {
            await using var command = new NpgsqlCommand(sql, connection);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }
    }
}
