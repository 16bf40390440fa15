using System.Globalization;
using Npgsql;
using Reinscription.ColdStart;

// The cold-start benchmark (bench/coldstart/run): how fast an app restarted just before the opening serves
// its first ten seconds after /health turns healthy, against the same app warm. See bench/README.md.
var culture = CultureInfo.InvariantCulture;
var options = new Dictionary<string, string>(StringComparer.Ordinal)
{
    ["--variants"] = "jit,r2r",
    ["--runs"] = "2",
    ["--concurrency"] = "16",
    ["--measure"] = "10",
    ["--warm"] = "60",
};
for (var i = 0; i + 1 < args.Length; i += 2)
{
    options[args[i]] = args[i + 1];
}

string Option(string name) => options.TryGetValue(name, out var value) ? value : throw new ArgumentException($"{name} is required.");
var buildDir = Option("--build-dir");
var webProject = Option("--web-project");
string ContentRoot(string appDir) => Directory.Exists(Path.Combine(appDir, "wwwroot")) ? appDir : webProject;
var r2rDir = options.GetValueOrDefault("--r2r-dir", "");
var logDir = Option("--log-dir");
var runs = int.Parse(Option("--runs"), culture);
var concurrency = int.Parse(Option("--concurrency"), culture);
var measure = TimeSpan.FromSeconds(int.Parse(Option("--measure"), culture));
var warm = TimeSpan.FromSeconds(int.Parse(Option("--warm"), culture));
var variants = Option("--variants").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
    .Select(name => Variants.Named(name, buildDir, r2rDir))
    .ToList();

var database = "reinscription_coldstart";
var adminConnection = Option("--admin-connection");
await using (var admin = new NpgsqlConnection(adminConnection))
{
    await admin.OpenAsync();
    await using var create = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE); CREATE DATABASE {database}", admin);
    await create.ExecuteNonQueryAsync();
}

var connectionString = new NpgsqlConnectionStringBuilder(adminConnection) { Database = database }.ConnectionString;
using var http = new HttpClient(new SocketsHttpHandler
{
    UseCookies = false,
    AllowAutoRedirect = false,
    MaxConnectionsPerServer = concurrency,
})
{
    Timeout = TimeSpan.FromSeconds(30),
};

try
{
    // The data and the sessions, made once by a first process that is then stopped: every measured process
    // starts cold on the same database, with parents already signed in (as they are, waiting for the hour).
    List<Parent> parents;
    var seedLog = Path.Combine(logDir, "coldstart-seed.log");
    using (var seeder = AppProcess.Start(buildDir, ContentRoot(buildDir), connectionString, new Dictionary<string, string>(), seed: true, seedLog))
    {
        await seeder.WaitHealthyAsync(seedLog);
        var students = await DemoFamilies.AtStepFourAsync(connectionString);
        parents = [.. Enumerable.Range(0, concurrency).Select(i => new Parent(http, students[i % students.Count]))];
        foreach (var parent in parents)
        {
            await parent.SignInAsync(seeder.BaseUri);
        }

        var check = await Load.DriveAsync(seeder.BaseUri, parents, TimeSpan.FromSeconds(2));
        if (check.Failed > 0 || check.Succeeded == 0)
        {
            throw new InvalidOperationException($"The page mix fails on the seeding process ({check.Failed} failed, first: {check.FirstFailure}): see {seedLog}.");
        }

        Console.WriteLine(
            $"demo data (Meudon), {students.Count} students at step 4, {concurrency} parents signed in; " +
            $"mix: Accueil, step 4 (GET), Fortunes; {concurrency} at a time; windows of {measure.TotalSeconds} s, warm phase {warm.TotalSeconds} s");
    }

    Console.WriteLine();
    Console.WriteLine("variant        run  healthy  first 10 s  warm     ratio  peak RSS  load avg  first seconds (pages/s)");
    var rows = new List<(string Variant, double Ratio, double Healthy, double Peak)>();
    for (var run = 1; run <= runs; run++)
    {
        foreach (var variant in variants)
        {
            var log = Path.Combine(logDir, $"coldstart-{variant.Name}-{run.ToString(culture)}.log");
            using var app = AppProcess.Start(variant.AppDir, ContentRoot(variant.AppDir), connectionString, variant.Variables, seed: false, log);
            var healthy = await app.WaitHealthyAsync(log);
            var cold = await Load.DriveAsync(app.BaseUri, parents, measure);
            await Load.DriveAsync(app.BaseUri, parents, warm);
            var hot = await Load.DriveAsync(app.BaseUri, parents, measure);
            var (peak, _) = app.MemoryMegabytes();
            var ratio = cold.Throughput / hot.Throughput;
            var loadAverage = File.ReadAllText("/proc/loadavg").Split(' ')[0];
            var failed = cold.Failed + hot.Failed;
            Console.WriteLine(
                $"{variant.Name,-14} {run,3}  {healthy.TotalSeconds,5:0.0} s  {cold.Throughput,6:0} /s  {hot.Throughput,4:0} /s  {ratio,4:0%}  {peak,5:0} MB  {loadAverage,8}  " +
                string.Join(' ', cold.PerSecond) + (failed > 0 ? $"  ({failed} FAILED, first: {cold.FirstFailure ?? hot.FirstFailure})" : ""));
            rows.Add((variant.Name, ratio, healthy.TotalSeconds, peak));
        }
    }

    Console.WriteLine();
    Console.WriteLine("summary (mean of the runs): first 10 s / warm (target >= 80 %), process start to healthy, peak RSS (target < 500 MB)");
    foreach (var group in rows.GroupBy(r => r.Variant))
    {
        Console.WriteLine(
            $"  {group.Key,-14} {group.Average(r => r.Ratio),4:0%}  {group.Average(r => r.Healthy),5:0.0} s  {group.Max(r => r.Peak),5:0} MB" +
            $"  {(group.Average(r => r.Ratio) >= 0.8 ? "meets" : "misses")} the 80 % target");
    }

    Console.WriteLine($"logs: {logDir}/coldstart-*.log");
    return rows.TrueForAll(r => r.Peak < 500) ? 0 : 1;
}
finally
{
    NpgsqlConnection.ClearAllPools();
    await using var admin = new NpgsqlConnection(adminConnection);
    await admin.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", admin);
    await drop.ExecuteNonQueryAsync();
}
