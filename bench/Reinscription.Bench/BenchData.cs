using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using NpgsqlTypes;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Bench;

/// <summary>
/// The benchmark's own territory, written straight into PostgreSQL: one site, this year and next, one
/// open campaign. The rush: N families of one student each, in this year's FM course, with no request yet
/// (each walks the wizard from the Réinscription tab), and next year's FM slots with far fewer seats than families. The
/// throughput pool: one family per concurrent client with many students at step 5 in a course with seats
/// for all, so the dedicated phases can repeat step 4 and validation without a login each.
/// </summary>
public sealed class BenchData
{
    public const string Password = "Parent2026";
    public const string RushDiscipline = "Formation musicale";

    // With the two wizard disciplines, twelve rows: the size of TechEmpower's Fortune table.
    private static readonly string[] OtherDisciplines =
        ["Violon", "Violoncelle", "Piano", "Flûte traversière", "Clarinette", "Guitare", "Trompette", "Orchestre", "Danse classique", "Art dramatique"];

    public int SiteId { get; private set; }

    public IReadOnlyList<Parent> Rush { get; private set; } = [];

    public IReadOnlyList<PoolFamily> Pool { get; private set; } = [];

    /// <summary>Families who walk the whole journey once in the warm-up, into the pool's slot (seats for all).</summary>
    public IReadOnlyList<Parent> Warm { get; private set; } = [];

    public IReadOnlyList<int> RushSlotIds { get; private set; } = [];

    public int NextYearId { get; private set; }

    public int TotalRushSeats { get; private set; }

    public static async Task<BenchData> CreateAsync(BenchOptions options, CancellationToken cancellationToken)
    {
        var data = new BenchData();
        await using var db = new ReinscriptionDbContext(
            new DbContextOptionsBuilder<ReinscriptionDbContext>().UseNpgsql(options.AppConnection).Options);
        var reference = await data.AddReferenceAsync(db, options, cancellationToken);
        await data.AddFamiliesAsync(options, reference, cancellationToken);
        return data;
    }

    /// <summary>The few reference rows, through the domain's constructors so that they hold what the app expects.</summary>
    private async Task<Reference> AddReferenceAsync(ReinscriptionDbContext db, BenchOptions options, CancellationToken cancellationToken)
    {
        var site = new Site("Banc d'essai", "Conservatoire du banc d'essai");
        site.ChangeDetails(
            "Conservatoire du banc d'essai",
            new SiteContact("1 place de la Mairie", "92190", "Meudon", "01 00 00 00 00", "conservatoire.banc@example.org"),
            "Extranet du banc d'essai de la réinscription.",
            "Données fictives générées par bench/rush.",
            "Données fictives générées par bench/rush.");
        db.Sites.Add(site);

        var now = DateTimeOffset.UtcNow;
        var today = ParisTime.Today(now);
        var current = new SchoolYear(today.Month >= 9 ? today.Year : today.Year - 1);
        current.MakeCurrent();
        var next = new SchoolYear(current.StartYear + 1);
        db.SchoolYears.AddRange(current, next);
        await db.SaveChangesAsync(cancellationToken);

        var fm = new Discipline(site.Id, RushDiscipline, DisciplineKind.MusicTheory);
        var choir = new Discipline(site.Id, "Chant choral", DisciplineKind.Voice);
        db.Disciplines.AddRange(fm, choir);
        db.Disciplines.AddRange(OtherDisciplines.Select(name => new Discipline(site.Id, name, DisciplineKind.Instrument)));
        await db.SaveChangesAsync(cancellationToken);

        var rushCurrent = new Course(site.Id, current.Id, fm.Id, "FM 2.1", options.Families, ChoiceMode.FamilyChooses);
        rushCurrent.ScheduleOn(DayOfWeek.Wednesday, new TimeOnly(14, 0), new TimeOnly(15, 30));
        var rushSlots = Enumerable.Range(0, options.Slots).Select(k =>
        {
            // The seats spread evenly; the first slots take what does not divide.
            var seats = (options.Seats / options.Slots) + (k < options.Seats % options.Slots ? 1 : 0);
            var slot = new Course(site.Id, next.Id, fm.Id, $"FM 2.2 ({(31 + k).ToString(CultureInfo.InvariantCulture)})", seats, ChoiceMode.FamilyChooses)
            {
                Teacher = "Mme Lefèvre",
                Room = $"Salle {(k + 1).ToString(CultureInfo.InvariantCulture)}",
            };
            slot.ScheduleOn(DayOfWeek.Monday + k, new TimeOnly(17, 0), new TimeOnly(18, 30));
            return slot;
        }).ToList();

        var poolSeats = options.Concurrency * (options.PoolStudents + 1);
        var poolCurrent = new Course(site.Id, current.Id, choir.Id, "Chœur 1", poolSeats, ChoiceMode.FamilyChooses);
        poolCurrent.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(11, 0));
        var poolSlot = new Course(site.Id, next.Id, choir.Id, "Chœur 2", poolSeats, ChoiceMode.FamilyChooses);
        poolSlot.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(10, 0), new TimeOnly(11, 0));
        // No seat at all: the warm-up validates one request into it, so the "complet" path is compiled too.
        var poolFull = new Course(site.Id, next.Id, choir.Id, "Chœur 2 bis", 0, ChoiceMode.FamilyChooses);
        poolFull.ScheduleOn(DayOfWeek.Saturday, new TimeOnly(11, 0), new TimeOnly(12, 0));

        db.Courses.AddRange([rushCurrent, .. rushSlots, poolCurrent, poolSlot, poolFull]);
        var campaign = new ReenrollmentCampaign(site.Id, next.Id, now.AddHours(-1), now.AddDays(30), now.AddDays(60));
        db.Campaigns.Add(campaign);
        await db.SaveChangesAsync(cancellationToken);

        SiteId = site.Id;
        NextYearId = next.Id;
        RushSlotIds = [.. rushSlots.Select(s => s.Id)];
        TotalRushSeats = rushSlots.Sum(s => s.Capacity);
        return new Reference(site.Id, campaign.Id, rushCurrent.Id, poolCurrent.Id, poolSlot.Id, poolFull.Id);
    }

    /// <summary>Thousands of rows by binary COPY; one password hash for every account, since hashing each would dominate set-up.</summary>
    private async Task AddFamiliesAsync(BenchOptions options, Reference reference, CancellationToken cancellationToken)
    {
        var passwordHash = new PasswordHasher<AppUser>().HashPassword(new AppUser(), Password);
        var families = new List<FamilyRow>();
        var rush = new List<Parent>();
        var pool = new List<PoolFamily>();
        int familyId = 0, studentId = 0;
        for (var i = 1; i <= options.Families; i++)
        {
            var family = new FamilyRow(++familyId, $"rush{i.ToString(CultureInfo.InvariantCulture)}", [(++studentId, reference.RushCourseId, null)]);
            families.Add(family);
            rush.Add(new Parent(family.Identifier, studentId, i - 1));
        }

        for (var i = 1; i <= options.Concurrency; i++)
        {
            var students = Enumerable.Range(0, options.PoolStudents)
                .Select(k => (++studentId, reference.PoolCourseId, (int?)(k == 0 ? reference.PoolFullSlotId : reference.PoolSlotId)))
                .ToList();
            var family = new FamilyRow(++familyId, $"pool{i.ToString(CultureInfo.InvariantCulture)}", students);
            families.Add(family);
            pool.Add(new PoolFamily(family.Identifier, [.. students.Select(s => s.Item1)], options.Families + i - 1));
        }

        var warm = new List<Parent>();
        for (var i = 1; i <= options.Concurrency; i++)
        {
            var family = new FamilyRow(++familyId, $"warm{i.ToString(CultureInfo.InvariantCulture)}", [(++studentId, reference.PoolCourseId, null)]);
            families.Add(family);
            warm.Add(new Parent(family.Identifier, studentId, options.Families + options.Concurrency + i - 1));
        }

        await using var connection = new NpgsqlConnection(options.AppConnection);
        await connection.OpenAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);

        await using (var users = await connection.BeginBinaryImportAsync(
            """COPY "AspNetUsers" ("Id", "UserName", "NormalizedUserName", "EmailConfirmed", "PasswordHash", "SecurityStamp", "ConcurrencyStamp", "PhoneNumberConfirmed", "TwoFactorEnabled", "LockoutEnabled", "AccessFailedCount") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var family in families)
            {
                var userName = AppUser.FamilyUserName(reference.SiteId, family.Identifier);
                await users.StartRowAsync(cancellationToken);
                await users.WriteAsync(AccountId(family), NpgsqlDbType.Text, cancellationToken);
                await users.WriteAsync(userName, NpgsqlDbType.Varchar, cancellationToken);
                await users.WriteAsync(userName.ToUpperInvariant(), NpgsqlDbType.Varchar, cancellationToken);
                await users.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await users.WriteAsync(passwordHash, NpgsqlDbType.Text, cancellationToken);
                await users.WriteAsync(Guid.NewGuid().ToString("N").ToUpperInvariant(), NpgsqlDbType.Text, cancellationToken);
                await users.WriteAsync(Guid.NewGuid().ToString(), NpgsqlDbType.Text, cancellationToken);
                await users.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await users.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await users.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await users.WriteAsync(0, NpgsqlDbType.Integer, cancellationToken);
            }

            await users.CompleteAsync(cancellationToken);
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            """COPY "Families" ("Id", "SiteId", "Identifier", "Guardian1_Civility", "Guardian1_LastName", "Guardian1_FirstName", "Guardian1_Address", "Guardian1_PostalCode", "Guardian1_Town", "Guardian1_Email", "Guardian1_MobilePhone", "IsResident", "PaysBySepa", "IsHosted", "AccountId") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var family in families)
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(family.Id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(reference.SiteId, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(family.Identifier, NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync(nameof(Civility.Madame), NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync($"Famille{family.Id.ToString(CultureInfo.InvariantCulture)}", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync("Claire", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync("12 rue de la République", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync("92190", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync("Meudon", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync($"{family.Identifier}@example.org", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync("06 12 34 56 78", NpgsqlDbType.Varchar, cancellationToken);
                await rows.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(AccountId(family), NpgsqlDbType.Text, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            """COPY "Students" ("Id", "FamilyId", "Civility", "LastName", "FirstName", "BirthDate", "UsesGuardianContact") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var family in families)
            {
                foreach (var (id, _, _) in family.Students)
                {
                    await rows.StartRowAsync(cancellationToken);
                    await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                    await rows.WriteAsync(family.Id, NpgsqlDbType.Integer, cancellationToken);
                    await rows.WriteAsync(nameof(Civility.Monsieur), NpgsqlDbType.Varchar, cancellationToken);
                    await rows.WriteAsync($"Famille{family.Id.ToString(CultureInfo.InvariantCulture)}", NpgsqlDbType.Varchar, cancellationToken);
                    await rows.WriteAsync($"Élève{id.ToString(CultureInfo.InvariantCulture)}", NpgsqlDbType.Varchar, cancellationToken);
                    await rows.WriteAsync(new DateOnly(2014, 1, 1).AddDays(id % 1500), NpgsqlDbType.Date, cancellationToken);
                    await rows.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                }
            }

            await rows.CompleteAsync(cancellationToken);
        }

        // Enrolment, request and (for the pool) choice ids follow the student's: one of each per student.
        await using (var rows = await connection.BeginBinaryImportAsync(
            """COPY "Enrollments" ("Id", "StudentId", "CourseId", "IsActive") FROM STDIN (FORMAT BINARY)""", cancellationToken))
        {
            foreach (var (id, courseId, _) in families.SelectMany(f => f.Students))
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(courseId, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            """COPY "ReenrollmentRequests" ("Id", "CampaignId", "StudentId", "Wish", "CurrentStep", "ImageRights", "MayLeaveAlone", "Status") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            // The rush's families have none: they create theirs with "Je souhaite réinscrire", as on the morning.
            foreach (var (id, _, chosen) in families.SelectMany(f => f.Students).Where(s => s.Item3 is not null))
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(reference.CampaignId, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(nameof(ReenrollmentWish.Reenrol), NpgsqlDbType.Varchar, cancellationToken);
                // The pool has chosen its slot already and waits at step 5.
                await rows.WriteAsync(5, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(nameof(RequestStatus.Draft), NpgsqlDbType.Varchar, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        await using (var rows = await connection.BeginBinaryImportAsync(
            """COPY "CourseChoices" ("Id", "RequestId", "CurrentEnrollmentId", "Continues", "ChosenCourseId", "SeatTaken") FROM STDIN (FORMAT BINARY)""",
            cancellationToken))
        {
            foreach (var (id, _, chosen) in families.SelectMany(f => f.Students).Where(s => s.Item3 is not null))
            {
                await rows.StartRowAsync(cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(id, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(true, NpgsqlDbType.Boolean, cancellationToken);
                await rows.WriteAsync(chosen!.Value, NpgsqlDbType.Integer, cancellationToken);
                await rows.WriteAsync(false, NpgsqlDbType.Boolean, cancellationToken);
            }

            await rows.CompleteAsync(cancellationToken);
        }

        // Explicit ids above: move the identity sequences past them. This year's courses hold their pupils.
        await using (var command = new NpgsqlCommand(
            """
            SELECT setval(pg_get_serial_sequence('"Families"', 'Id'), (SELECT max("Id") FROM "Families"));
            SELECT setval(pg_get_serial_sequence('"Students"', 'Id'), (SELECT max("Id") FROM "Students"));
            SELECT setval(pg_get_serial_sequence('"Enrollments"', 'Id'), (SELECT max("Id") FROM "Enrollments"));
            SELECT setval(pg_get_serial_sequence('"ReenrollmentRequests"', 'Id'), (SELECT coalesce(max("Id"), 1) FROM "ReenrollmentRequests"));
            SELECT setval(pg_get_serial_sequence('"CourseChoices"', 'Id'), (SELECT coalesce(max("Id"), 1) FROM "CourseChoices"));
            UPDATE "Courses" c SET "SeatsTaken" = (SELECT count(*) FROM "Enrollments" e WHERE e."CourseId" = c."Id");
            ANALYZE;
            """, connection, transaction))
        {
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
        Rush = rush;
        Pool = pool;
        Warm = warm;
    }

    /// <summary>Deterministic per family, so the users' and the families' COPY agree without a lookup.</summary>
    private static string AccountId(FamilyRow family) => $"00000000-0000-4000-8000-{family.Id.ToString("D12", CultureInfo.InvariantCulture)}";

    private sealed record Reference(int SiteId, int CampaignId, int RushCourseId, int PoolCourseId, int PoolSlotId, int PoolFullSlotId);

    private sealed record FamilyRow(int Id, string Identifier, IReadOnlyList<(int Id, int CourseId, int? Chosen)> Students);
}

/// <summary>A family of the rush; <paramref name="Number"/> gives it its own client address.</summary>
public sealed record Parent(string Identifier, int StudentId, int Number);

/// <summary>
/// A throughput-phase family: student 0 chose a slot without seats and students 1 to <see cref="WarmupValidations"/>
/// one with seats, all validated in the warm-up; the others are measured, on step 4 and then in the validation phase.
/// </summary>
public sealed record PoolFamily(string Identifier, IReadOnlyList<int> StudentIds, int Number)
{
    public const int WarmupValidations = 8;

    public int FullSlotStudent => StudentIds[0];

    public IEnumerable<int> WarmupStudents => StudentIds.Skip(1).Take(WarmupValidations);

    public IReadOnlyList<int> MeasuredStudents { get; } = [.. StudentIds.Skip(1 + WarmupValidations)];
}
