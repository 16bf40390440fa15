using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Npgsql;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.FamilyImport;

namespace Reinscription.ImportBench;

/// <summary>
/// bench/import/run: generates the CSV of N families (1 or 2 students each, 2 courses a student, as
/// the management system exports one line per course) and times, against a fresh database, the dry
/// run, the import, and the same file imported again. See bench/README.md.
/// </summary>
public static class ImportBenchProgram
{
    private const int CoursesPerDiscipline = 8;

    private static readonly string[] Disciplines =
        ["Formation musicale", "Piano", "Violon", "Violoncelle", "Flûte traversière", "Guitare", "Danse classique", "Chorale"];

    private static readonly string[] LastNames =
        ["Martin", "Bernard", "Thomas", "Petit", "Robert", "Richard", "Durand", "Dubois", "Moreau", "Laurent", "Simon", "Michel",
         "Lefèvre", "Leroy", "Roux", "David", "Bertrand", "Morel", "Fournier", "Girard", "Bonnet", "Dupont", "Lambert", "Fontaine",
         "Rousseau", "Vincent", "Müller", "Lefebvre", "Faure", "André", "Mercier", "Blanc", "Guérin", "Boyer", "Garnier", "Chevalier",
         "François", "Legrand", "Gauthier", "Garcia", "Perrin", "Robin", "Clément", "Morin", "Nicolas", "Henry", "Roussel", "Mathieu",
         "Gautier", "Masson", "Marchand", "Duval", "Denis", "Dumont", "Marie", "Lemaire", "Noël", "Meyer", "Dufour", "Meunier",
         "Brun", "Blanchard", "Giraud", "Joly", "Rivière", "Lucas", "Brunet", "Gaillard", "Barbier", "Arnaud", "Martinez", "Gérard",
         "Roche", "Renard", "Schmitt", "Roy", "Leroux", "Colin", "Vidal", "Caron", "Picard", "Roger", "Fabre", "Aubert", "Lemoine",
         "Renaud", "Dumas", "Lacroix", "Olivier", "Philippe", "Bourgeois", "Pierre", "Benoît", "Rey", "Leclerc", "Payet", "Rolland",
         "Le Guen", "N'Diaye", "Nguyen"];

    private static readonly string[] FirstNames =
        ["Zoé", "Léa", "Chloé", "Emma", "Inès", "Jade", "Louise", "Manon", "Noé", "Lucas", "Hugo", "Léo", "Gabriel", "Raphaël",
         "Arthur", "Louis", "Jules", "Adam", "Maël", "Éloïse"];

    public static async Task<int> Main(string[] args)
    {
        var families = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 5000;
        var admin = Environment.GetEnvironmentVariable("PG_ADMIN_CONNECTION") ?? "Host=127.0.0.1;Port=55432;Username=postgres";
        var database = $"reinscription_importbench_{Environment.ProcessId}";
        await ExecuteAsync(admin, $"CREATE DATABASE \"{database}\"");
        try
        {
            var connection = new NpgsqlConnectionStringBuilder(admin) { Database = database }.ConnectionString;
            await RunAsync(families, connection);
            return 0;
        }
        finally
        {
            NpgsqlConnection.ClearAllPools();
            await ExecuteAsync(admin, $"DROP DATABASE IF EXISTS \"{database}\" WITH (FORCE)");
        }
    }

    private static async Task RunAsync(int familyCount, string connectionString)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration["ConnectionStrings:Reinscription"] = connectionString;
        builder.Services.AddReinscription(builder.Configuration);

        // The app logs every SQL command in Development; writing 30,000 of them would be the benchmark.
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddFilter("Reinscription.Web.FamilyImport", LogLevel.Information);
        await using var app = builder.Build();
        await app.Services.MigrateDatabaseAsync(CancellationToken.None);
        var (siteId, staffId) = await SeedAsync(app.Services);

        var csv = Generate(familyCount);
        Print(
            $"file: {familyCount:N0} families, {csv.Lines:N0} lines, {csv.Bytes.Length / 1024.0 / 1024.0:F1} MB (UTF-8, ';')");

        var first = await UploadAsync(app.Services, siteId, staffId, csv.Bytes, "familles.csv");
        var dryRun = await TimeAsync(app.Services, importer => importer.CheckAsync(first, CancellationToken.None));
        Print(
            $"dry run:        {dryRun.Elapsed.TotalSeconds,6:F2} s  {dryRun.Result.Summary}; refused lines: {dryRun.Result.Count(LineOutcome.Refused)}");
        var import = await TimeAsync(app.Services, importer => importer.ImportAsync(first.Id, AuditActor.System("bench/import"), CancellationToken.None));
        Print( $"import:         {import.Elapsed.TotalSeconds,6:F2} s  imported: {import.Result.Imported}");
        var again = await UploadAsync(app.Services, siteId, staffId, csv.Bytes, "familles-bis.csv");
        var reimport = await TimeAsync(app.Services, importer => importer.ImportAsync(again.Id, AuditActor.System("bench/import"), CancellationToken.None));
        Print(
            $"same file again:{reimport.Elapsed.TotalSeconds,6:F2} s  {reimport.Result.Plan.Summary}");
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        Print(
            $"rows: {await db.Families.CountAsync():N0} families, {await db.Users.CountAsync():N0} accounts, {await db.Students.CountAsync():N0} students, {await db.Enrollments.CountAsync():N0} enrolments");
    }

    private static void Print(FormattableString text) => Console.WriteLine(text.ToString(CultureInfo.InvariantCulture));

    private static async Task<(TimeSpan Elapsed, T Result)> TimeAsync<T>(IServiceProvider services, Func<FamilyImporter, Task<T>> work)
    {
        await using var scope = services.CreateAsyncScope();
        var importer = scope.ServiceProvider.GetRequiredService<FamilyImporter>();
        var watch = Stopwatch.StartNew();
        var result = await work(importer);
        return (watch.Elapsed, result);
    }

    private static async Task<ImportFile> UploadAsync(IServiceProvider services, int siteId, int staffId, byte[] content, string name)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        var file = new ImportFile(siteId, name, content, staffId, DateTimeOffset.UtcNow);
        db.ImportFiles.Add(file);
        await db.SaveChangesAsync();
        return file;
    }

    /// <summary>A site, its current year with eight courses in each of eight disciplines, and the staff member who imports.</summary>
    private static async Task<(int SiteId, int StaffId)> SeedAsync(IServiceProvider services)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>();
        var site = new Site("Meudon", "Conservatoire de Meudon");
        var year = new SchoolYear(2025);
        year.MakeCurrent();
        var staff = new StaffMember("bench@example.org", "Banc d'essai");
        db.AddRange(site, year, staff);
        await db.SaveChangesAsync();
        staff.Grant(site.Id, StaffRole.Secretariat);
        foreach (var name in Disciplines)
        {
            var discipline = new Discipline(site.Id, name, DisciplineKind.Instrument);
            db.Disciplines.Add(discipline);
            await db.SaveChangesAsync();
            for (var i = 1; i <= CoursesPerDiscipline; i++)
            {
                db.Courses.Add(new Course(site.Id, year.Id, discipline.Id, CourseName(name, i), 5000, ChoiceMode.FamilyChooses));
            }
        }

        await db.SaveChangesAsync();
        return (site.Id, staff.Id);
    }

    private static string CourseName(string discipline, int number) => $"{discipline} {number} ({number * 11})";

    private static (byte[] Bytes, int Lines) Generate(int familyCount)
    {
        var random = new Random(2026);
        var text = new StringBuilder();
        text.Append(string.Join(';', ImportColumns.All.Select(c => c.Name))).Append("\r\n");
        var lines = 0;
        var studentNumber = 0;
        for (var family = 1; family <= familyCount; family++)
        {
            var lastName = LastNames[random.Next(LastNames.Length)];
            var firstName = FirstNames[random.Next(FirstNames.Length)];
            var familyColumns = string.Join(';',
                $"F{family:D5}", "", "Madame", lastName, firstName, $"{random.Next(1, 120)} rue de la République", "92190", "Meudon",
                "", $"06 {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)} {random.Next(10, 99)}", "",
                $"famille{family}@example.org", "", "", "", "", "", family % 5 == 0 ? "non" : "oui");
            var students = family % 2 == 0 ? 2 : 1;
            for (var s = 0; s < students; s++)
            {
                studentNumber++;
                var student = string.Join(';', $"E{studentNumber:D6}", "Madame", lastName, FirstNames[random.Next(FirstNames.Length)],
                    new DateOnly(2008 + random.Next(0, 12), random.Next(1, 13), random.Next(1, 29)).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
                var first = random.Next(Disciplines.Length);
                foreach (var discipline in new[] { Disciplines[first], Disciplines[(first + 1) % Disciplines.Length] })
                {
                    text.Append(familyColumns).Append(';').Append(student).Append(';')
                        .Append(discipline).Append(';').Append(CourseName(discipline, random.Next(1, CoursesPerDiscipline + 1))).Append(";;\r\n");
                    lines++;
                }
            }
        }

        return (Encoding.UTF8.GetBytes(text.ToString()), lines);
    }

    private static async Task ExecuteAsync(string connectionString, string sql)
    {
        await using var connection = new NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var command = new NpgsqlCommand(sql, connection);
        await command.ExecuteNonQueryAsync();
    }
}
