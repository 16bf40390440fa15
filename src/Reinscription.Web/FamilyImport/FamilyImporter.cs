using System.Diagnostics;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.FamilyImport;

public sealed record ImportResult(ImportPlan Plan, bool Imported, bool AlreadyImported);

/// <summary>
/// The CSV import of families, students and this year's enrolments: a dry run (<see cref="CheckAsync"/>)
/// and the import itself (<see cref="ImportAsync"/>), which analyses the file again under the site's
/// import lock and writes everything in one transaction, or nothing when a line is refused.
/// </summary>
public sealed partial class FamilyImporter(
    ReinscriptionDbContext db,
    ILookupNormalizer normalizer,
    TimeProvider clock,
    ILogger<FamilyImporter> logger)
{
    // First key of pg_advisory_xact_lock(int, int); the second is the site: one import per site at a time.
    private const int ImportLockKey = 0x1A0F;

    public async Task<ImportPlan> CheckAsync(ImportFile file, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        var table = ImportCsv.Read(file.Content);
        var site = await SiteSnapshot.LoadAsync(db, file.SiteId, cancellationToken);
        return ImportAnalysis.Analyse(table, site, ParisTime.Today(clock.GetUtcNow()));
    }

    public async Task<ImportResult> ImportAsync(int importFileId, AuditActor actor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var file = await db.ImportFiles
            .FromSql($"""SELECT * FROM "ImportFiles" WHERE "Id" = {importFileId} FOR UPDATE""")
            .SingleAsync(cancellationToken);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({ImportLockKey}, {file.SiteId})", cancellationToken);
        var started = Stopwatch.GetTimestamp();
        var plan = await CheckAsync(file, cancellationToken);
        var analysed = Stopwatch.GetElapsedTime(started);
        if (file.ImportedAt is not null || !plan.CanImport)
        {
            return new ImportResult(plan, Imported: false, AlreadyImported: file.ImportedAt is not null);
        }

        var now = clock.GetUtcNow();
        await WriteAsync(file.Id, file.SiteId, plan, cancellationToken);
        file.MarkImported(now);
        AuditImport(actor, file, plan, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        var total = Stopwatch.GetElapsedTime(started);
        LogImported(logger, file.Id, plan.Lines.Count, analysed, total);
        return new ImportResult(plan, Imported: true, AlreadyImported: false);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Import file {FileId}: {Lines} lines, analysed in {Analysis}, imported in {Total}.")]
    private static partial void LogImported(ILogger logger, int fileId, int lines, TimeSpan analysis, TimeSpan total);

    [LoggerMessage(Level = LogLevel.Information, Message = "Import file {FileId}: {Step} took {Elapsed}.")]
    private static partial void LogStep(ILogger logger, int fileId, string step, TimeSpan elapsed);

    /// <summary>
    /// Set-based: the new accounts, families, students and enrolments go in with binary COPY (four
    /// statements whatever the file's size), the ids of the new families and students are read back
    /// by their management-system ids, and only the rows whose values differ are updated through EF Core.
    /// </summary>
    private async Task WriteAsync(int fileId, int siteId, ImportPlan plan, CancellationToken cancellationToken)
    {
        var started = Stopwatch.GetTimestamp();
        var accounts = new List<AppUser>(plan.NewFamilies.Count);
        var families = new List<Family>(plan.NewFamilies.Count);
        foreach (var created in plan.NewFamilies)
        {
            var account = NewAccount(siteId, created.Identifier, created.Values.Guardian1.Email);
            var family = new Family(siteId, created.Identifier, created.Values.Guardian1.ToGuardian())
            {
                Guardian2 = created.Values.Guardian2?.ToGuardian(),
                IsResident = created.Values.IsResident ?? false,
                AccountId = account.Id,
            };
            family.LinkToManagementSystem(created.Values.ExternalId);
            accounts.Add(account);
            families.Add(family);
        }

        await db.CopyAsync(accounts, cancellationToken);
        await db.CopyAsync(families, cancellationToken);
        var familyIds = await IdsOfFamiliesAsync(siteId, [.. plan.NewStudents.Select(s => s.FamilyExternalId)], cancellationToken);
        var students = plan.NewStudents.Select(created =>
        {
            var values = created.Values;
            var student = new Student(values.LastName, values.FirstName, values.BirthDate, values.Civility);
            student.LinkToManagementSystem(values.ExternalId);
            return (Student: student, FamilyId: familyIds[created.FamilyExternalId]);
        }).ToList();
        var familyOf = students.ToDictionary(s => s.Student, s => s.FamilyId);
        await db.CopyAsync(
            [.. students.Select(s => s.Student)],
            cancellationToken,
            new Dictionary<string, Func<Student, object?>> { [nameof(Student.FamilyId)] = s => familyOf[s] });
        var studentIds = await IdsOfStudentsAsync(siteId, [.. plan.NewEnrolments.Select(e => e.StudentExternalId)], cancellationToken);
        await db.CopyAsync([.. plan.NewEnrolments.Select(e => new Enrollment(studentIds[e.StudentExternalId], e.CourseId))], cancellationToken);
        var copied = Stopwatch.GetElapsedTime(started);
        LogStep(logger, fileId, "copying the new rows", copied);

        await UpdateAsync(siteId, plan, cancellationToken);
    }

    private async Task UpdateAsync(int siteId, ImportPlan plan, CancellationToken cancellationToken)
    {
        var familyIds = plan.FamilyUpdates.Select(u => u.FamilyId).ToList();
        var families = await db.Families.Where(f => f.SiteId == siteId && familyIds.Contains(f.Id)).ToDictionaryAsync(f => f.Id, cancellationToken);
        foreach (var update in plan.FamilyUpdates)
        {
            var family = families[update.FamilyId];
            update.Values.Guardian1.ApplyTo(family.Guardian1, second: false);
            if (update.Values.Guardian2 is { } second)
            {
                if (family.Guardian2 is null)
                {
                    family.AddGuardian2(second.ToGuardian());
                }
                else
                {
                    second.ApplyTo(family.Guardian2, second: true);
                }
            }

            family.IsResident = update.Values.IsResident ?? family.IsResident;
        }

        var studentIds = plan.StudentUpdates.Select(u => u.StudentId).ToList();
        var students = await db.Students.Where(s => studentIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var update in plan.StudentUpdates)
        {
            var student = students[update.StudentId];
            student.Civility = update.Values.Civility;
            student.LastName = update.Values.LastName;
            student.FirstName = update.Values.FirstName;
            student.BirthDate = update.Values.BirthDate;
        }
    }

    private async Task<Dictionary<string, int>> IdsOfFamiliesAsync(int siteId, List<string> externalIds, CancellationToken cancellationToken) =>
        await db.Families.AsNoTracking()
            .Where(f => f.SiteId == siteId && externalIds.Contains(f.ExternalId!))
            .ToDictionaryAsync(f => f.ExternalId!, f => f.Id, StringComparer.Ordinal, cancellationToken);

    /// <summary>A student id is unique within its site: the analysis refused any line that said otherwise.</summary>
    private async Task<Dictionary<string, int>> IdsOfStudentsAsync(int siteId, List<string> externalIds, CancellationToken cancellationToken) =>
        await db.Students.AsNoTracking()
            .Where(s => s.Family!.SiteId == siteId && externalIds.Contains(s.ExternalId!))
            .ToDictionaryAsync(s => s.ExternalId!, s => s.Id, StringComparer.Ordinal, cancellationToken);

    /// <summary>
    /// The family's Identity account, without a password: the launch of the campaign mails a link to
    /// choose one. Built here rather than through UserManager, which would save them one by one; the
    /// user names come from identifiers the analysis checked, the e-mails from addresses it checked.
    /// </summary>
    private AppUser NewAccount(int siteId, string identifier, string email)
    {
        var userName = AppUser.FamilyUserName(siteId, identifier);
        return new AppUser
        {
            UserName = userName,
            NormalizedUserName = normalizer.NormalizeName(userName),
            Email = email,
            NormalizedEmail = normalizer.NormalizeEmail(email),
            SecurityStamp = Convert.ToHexString(RandomNumberGenerator.GetBytes(20)),
            LockoutEnabled = true,
        };
    }

    private void AuditImport(AuditActor actor, ImportFile file, ImportPlan plan, DateTimeOffset now)
    {
        db.Audit(actor, now, file.SiteId, "import.applied", "Import", file.Id,
            $"Import du fichier « {file.FileName} » : {plan.Summary}.",
            AuditLog.Diff(
                ("Familles créées", null, plan.NewFamilies.Count),
                ("Familles modifiées", null, plan.FamilyUpdates.Count),
                ("Élèves créés", null, plan.NewStudents.Count),
                ("Élèves modifiés", null, plan.StudentUpdates.Count),
                ("Inscriptions ajoutées", null, plan.NewEnrolments.Count)));

        // The records an import changes keep their before → after, as a staff edit would.
        foreach (var update in plan.FamilyUpdates)
        {
            db.Audit(actor, now, file.SiteId, "family.imported", "Famille", update.FamilyId,
                $"Fiche famille {update.Identifier} mise à jour par l'import « {file.FileName} ».",
                [.. update.Changes.Select(c => new AuditChange(c.Label, c.Before, c.After))]);
        }

        foreach (var update in plan.StudentUpdates)
        {
            db.Audit(actor, now, file.SiteId, "student.imported", "Élève", update.StudentId,
                $"Fiche élève {update.Values.FullName} mise à jour par l'import « {file.FileName} ».",
                [.. update.Changes.Select(c => new AuditChange(c.Label, c.Before, c.After))]);
        }
    }
}
