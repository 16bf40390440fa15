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
public sealed class FamilyImporter(ReinscriptionDbContext db, ILookupNormalizer normalizer, TimeProvider clock)
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
        var plan = await CheckAsync(file, cancellationToken);
        if (file.ImportedAt is not null || !plan.CanImport)
        {
            return new ImportResult(plan, Imported: false, AlreadyImported: file.ImportedAt is not null);
        }

        var now = clock.GetUtcNow();
        await WriteAsync(file.SiteId, plan, cancellationToken);
        file.MarkImported(now);
        AuditImport(actor, file, plan, now);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new ImportResult(plan, Imported: true, AlreadyImported: false);
    }

    /// <summary>
    /// Set-based: the rows go out in EF Core's batched INSERTs and UPDATEs (a few hundred rows a round
    /// trip), families with their account and students in one SaveChanges, enrolments in a second
    /// once the new students have their ids.
    /// </summary>
    private async Task WriteAsync(int siteId, ImportPlan plan, CancellationToken cancellationToken)
    {
        var families = new Dictionary<string, Family>(StringComparer.Ordinal);
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
            db.Users.Add(account);
            db.Families.Add(family);
            families[created.Values.ExternalId] = family;
        }

        var existingIds = plan.FamilyUpdates.Select(u => u.Values.ExternalId)
            .Concat(plan.NewStudents.Select(s => s.FamilyExternalId))
            .Where(id => !families.ContainsKey(id))
            .Distinct()
            .ToList();
        foreach (var family in await db.Families.Where(f => f.SiteId == siteId && existingIds.Contains(f.ExternalId!)).ToListAsync(cancellationToken))
        {
            families[family.ExternalId!] = family;
        }

        foreach (var update in plan.FamilyUpdates)
        {
            var family = families[update.Values.ExternalId];
            update.Values.Guardian1.ApplyTo(family.Guardian1, second: false);
            if (update.Values.Guardian2 is { } second)
            {
                if (family.Guardian2 is null)
                {
                    family.Guardian2 = second.ToGuardian();
                }
                else
                {
                    second.ApplyTo(family.Guardian2, second: true);
                }
            }

            family.IsResident = update.Values.IsResident ?? family.IsResident;
        }

        var students = new Dictionary<string, Student>(StringComparer.Ordinal);
        foreach (var created in plan.NewStudents)
        {
            var values = created.Values;
            var student = new Student(values.LastName, values.FirstName, values.BirthDate, values.Civility);
            student.LinkToManagementSystem(values.ExternalId);
            families[created.FamilyExternalId].AddStudent(student);
            students[values.ExternalId] = student;
        }

        var updatedIds = plan.StudentUpdates.Select(u => u.StudentId).ToList();
        var updated = await db.Students.Where(s => updatedIds.Contains(s.Id)).ToDictionaryAsync(s => s.Id, cancellationToken);
        foreach (var update in plan.StudentUpdates)
        {
            var student = updated[update.StudentId];
            student.Civility = update.Values.Civility;
            student.LastName = update.Values.LastName;
            student.FirstName = update.Values.FirstName;
            student.BirthDate = update.Values.BirthDate;
        }

        await db.SaveChangesAsync(cancellationToken);

        var studentIds = await StudentIdsAsync(siteId, plan, students, cancellationToken);
        db.Enrollments.AddRange(plan.NewEnrolments.Select(e => new Enrollment(studentIds[e.StudentExternalId], e.CourseId)));
    }

    private async Task<Dictionary<string, int>> StudentIdsAsync(
        int siteId,
        ImportPlan plan,
        Dictionary<string, Student> created,
        CancellationToken cancellationToken)
    {
        var ids = created.ToDictionary(s => s.Key, s => s.Value.Id, StringComparer.Ordinal);
        var others = plan.NewEnrolments.Select(e => e.StudentExternalId).Where(id => !ids.ContainsKey(id)).Distinct().ToList();
        var existing = await db.Students.AsNoTracking()
            .Where(s => s.Family!.SiteId == siteId && others.Contains(s.ExternalId!))
            .Select(s => new { s.ExternalId, s.Id })
            .ToListAsync(cancellationToken);
        foreach (var student in existing)
        {
            ids[student.ExternalId!] = student.Id;
        }

        return ids;
    }

    /// <summary>
    /// The family's Identity account, without a password: the launch of the campaign mails a link to
    /// choose one. Built here rather than through UserManager, which would save them one by one.
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
