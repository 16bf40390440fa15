using System.Diagnostics;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Campaigns;
using Reinscription.RequestsBench;
using Reinscription.Web.Areas.Admin.Pages.Demandes;
using Reinscription.Web.Data;

// bench/requests/run: times the queries of /Admin/Demandes on a site with thousands of requests.
var students = 3000;
var runs = 30;
var keep = false;
var showSql = false;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--students":
            students = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--runs":
            runs = int.Parse(args[++i], CultureInfo.InvariantCulture);
            break;
        case "--keep":
            keep = true;
            break;
        case "--show-sql":
            showSql = true;
            break;
        default:
            Console.Error.WriteLine($"Unknown option {args[i]}: bench/requests/run [--students N] [--runs R] [--keep] [--show-sql]");
            return 2;
    }
}

var admin = new NpgsqlConnectionStringBuilder(Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION")
                                              ?? "Host=127.0.0.1;Port=55432;Username=postgres");
var database = "reinscription_bench_requests";
await using (var connection = new NpgsqlConnection(admin.ConnectionString))
{
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
    await drop.ExecuteNonQueryAsync();
    await using var create = new NpgsqlCommand($"CREATE DATABASE {database}", connection);
    await create.ExecuteNonQueryAsync();
}

var connectionString = new NpgsqlConnectionStringBuilder(admin.ConnectionString) { Database = database }.ConnectionString;
var options = new DbContextOptionsBuilder<ReinscriptionDbContext>().UseNpgsql(connectionString).Options;
var loggedOptions = new DbContextOptionsBuilder<ReinscriptionDbContext>().UseNpgsql(connectionString)
    .LogTo(Console.WriteLine, [DbLoggerCategory.Database.Command.Name], Microsoft.Extensions.Logging.LogLevel.Information).Options;
var logNext = false;
var now = DateTimeOffset.UtcNow;
Seed.Result seeded;
var clock = Stopwatch.StartNew();
await using (var db = new ReinscriptionDbContext(options))
{
    await db.Database.MigrateAsync();
    seeded = await Seed.RunAsync(db, students, now);
}

Console.WriteLine($"Seeded {students:N0} students in {clock.Elapsed.TotalSeconds:F1} s (database {database}).");
await using (var db = new ReinscriptionDbContext(options))
{
    var requests = await db.ReenrollmentRequests.CountAsync();
    var byStatus = await db.ReenrollmentRequests.GroupBy(r => r.Status).Select(g => new { g.Key, Count = g.Count() }).ToListAsync();
    Console.WriteLine($"{requests:N0} requests: " + string.Join(", ", byStatus.Select(s => $"{s.Key} {s.Count:N0}")));
}

// Each run as the page does it: a new DbContext, the campaign found from the staff member's sites, then the list.
async Task<int> ListAsync(RequestFilter filter)
{
    await using var db = new ReinscriptionDbContext(logNext ? loggedOptions : options);
    var campaign = await CampaignScope.FindAsync(db, seeded.StaffId, seeded.CampaignId, CancellationToken.None)
                   ?? throw new InvalidOperationException("The campaign is not the staff member's.");
    var page = await new RequestList(db, campaign, now).LoadAsync(filter, CancellationToken.None);
    return page.Total;
}

async Task<int> ReadyAsync()
{
    await using var db = new ReinscriptionDbContext(options);
    var campaign = await CampaignScope.FindAsync(db, seeded.StaffId, seeded.CampaignId, CancellationToken.None);
    return await RequestValidation.ReadyToValidate(db, campaign!, now).CountAsync();
}

(string Name, Func<Task<int>> Run)[] scenarios =
[
    ("default: every student, by name, page 1", () => ListAsync(new RequestFilter())),
    ("status Transmise, by submission, page 5", () => ListAsync(new RequestFilter { Stage = RequestStage.Submitted, Sort = RequestSort.SubmittedAt, Page = 5 })),
    ("documents missing, by status", () => ListAsync(new RequestFilter { MissingDocuments = true, Sort = RequestSort.Stage })),
    ("free text \"lefevre\" (accents ignored)", () => ListAsync(new RequestFilter { Search = "lefevre" })),
    ("discipline FM + wishes", () => ListAsync(new RequestFilter { DisciplineId = seeded.FmDisciplineId, HasWishes = true })),
    ("one course, last page", () => ListAsync(new RequestFilter { CourseId = seeded.SlotId, Page = 3 })),
    ("bulk validation: count of ready requests", ReadyAsync),
];

Console.WriteLine($"{runs} timed runs per scenario after 5 warm-up runs; milliseconds.");
Console.WriteLine($"{"scenario",-48} {"rows",6} {"median",8} {"p95",8} {"max",8}");
foreach (var (name, run) in scenarios)
{
    var rows = 0;
    logNext = showSql;
    for (var i = 0; i < 5; i++)
    {
        rows = await run();
        logNext = false;
    }

    var times = new List<double>();
    for (var i = 0; i < runs; i++)
    {
        var watch = Stopwatch.StartNew();
        await run();
        times.Add(watch.Elapsed.TotalMilliseconds);
    }

    times.Sort();
    var p95 = times[(int)Math.Ceiling(0.95 * times.Count) - 1];
    Console.WriteLine($"{name,-48} {rows,6} {times[times.Count / 2],8:F1} {p95,8:F1} {times[^1],8:F1}");
}

if (!keep)
{
    NpgsqlConnection.ClearAllPools();
    await using var connection = new NpgsqlConnection(admin.ConnectionString);
    await connection.OpenAsync();
    await using var drop = new NpgsqlCommand($"DROP DATABASE IF EXISTS {database} WITH (FORCE)", connection);
    await drop.ExecuteNonQueryAsync();
}

return 0;
