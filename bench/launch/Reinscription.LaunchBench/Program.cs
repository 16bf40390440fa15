using System.Globalization;
using Npgsql;
using Reinscription.LaunchBench;

// The launch benchmark: how long "Lancer les réinscriptions" takes to answer for N families (the e-mails and
// links queued by one set-based INSERT), then how fast the outbox drains to the SMTP catcher while the
// dashboard keeps answering. See bench/launch/README.md.
LaunchOptions options;
try
{
    options = LaunchOptions.Parse(args);
}
catch (ArgumentException exception)
{
    Console.Error.WriteLine(exception.Message);
    return 2;
}

var culture = CultureInfo.InvariantCulture;
var database = $"reinscription_launch_{Guid.NewGuid():N}";
await using (var admin = new NpgsqlConnection(options.AdminConnection))
{
    await admin.OpenAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE \"{database}\"", admin);
    await create.ExecuteNonQueryAsync();
}

var connectionString = new NpgsqlConnectionStringBuilder(options.AdminConnection) { Database = database }.ConnectionString;
try
{
    using var app = AppProcess.Start(options, connectionString);
    await app.WaitHealthyAsync();
    var seed = new BenchSeed(connectionString);
    await seed.AddYearsAsync();
    var warmup = await seed.AddSiteAsync("Échauffement", 50);
    var sites = new List<int>();
    for (var run = 1; run <= options.Runs; run++)
    {
        sites.Add(await seed.AddSiteAsync($"Banc {run.ToString(culture)}", options.Families));
    }

    await seed.AddStaffAsync([warmup, .. sites]);
    Console.WriteLine($"seeded: {options.Runs} sites of {options.Families} families (no account yet), plus a warm-up site of 50");

    using var browser = new StaffBrowser(app.BaseUri);
    await browser.SignInAsync(BenchSeed.StaffEmail, BenchSeed.StaffPassword);
    var warm = await browser.LaunchAsync(warmup);
    Console.WriteLine($"warm-up launch (50 families, first request of the page): {warm.TotalMilliseconds.ToString("0", culture)} ms");

    var ok = true;
    foreach (var site in sites)
    {
        var elapsed = await browser.LaunchAsync(site);
        var (mails, links, _) = await seed.CountsAsync(site);
        var right = mails == options.Families && links == options.Families;
        ok &= right && elapsed < TimeSpan.FromSeconds(2);
        Console.WriteLine(
            $"launch of {options.Families} families: answered in {elapsed.TotalMilliseconds.ToString("0", culture)} ms (target < 2000 ms); " +
            $"{mails} e-mails and {links} links queued{(right ? "" : " -- WRONG COUNT")}");
    }

    // The drain: the outbox sender delivers while staff read the dashboard, which must keep answering.
    var latencies = new List<double>();
    var sentBefore = await seed.SentAsync();
    var started = DateTime.UtcNow;
    while (DateTime.UtcNow - started < TimeSpan.FromSeconds(options.DrainSeconds))
    {
        var (status, _, elapsed) = await browser.GetAsync($"/Admin?site={sites[0].ToString(culture)}");
        ok &= status == System.Net.HttpStatusCode.OK;
        latencies.Add(elapsed.TotalMilliseconds);
        await Task.Delay(500);
    }

    var seconds = (DateTime.UtcNow - started).TotalSeconds;
    var sent = await seed.SentAsync() - sentBefore;
    latencies.Sort();
    double Percentile(double p) => latencies[Math.Min(latencies.Count - 1, (int)Math.Ceiling(p * latencies.Count) - 1)];
    Console.WriteLine(
        $"drain for {seconds.ToString("0", culture)} s: {sent} e-mails sent ({(sent / seconds).ToString("0", culture)}/s) of {options.Families * options.Runs + 50}; " +
        $"dashboard read {latencies.Count} times meanwhile: p50 {Percentile(0.5).ToString("0", culture)} ms, " +
        $"p95 {Percentile(0.95).ToString("0", culture)} ms, max {latencies[^1].ToString("0", culture)} ms");
    return ok ? 0 : 1;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(options.AdminConnection);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
