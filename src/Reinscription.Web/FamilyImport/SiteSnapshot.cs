using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Data;

namespace Reinscription.Web.FamilyImport;

public sealed record ExistingFamily(int Id, string Identifier, string? ExternalId, Guardian Guardian1, Guardian? Guardian2, bool IsResident);

public sealed record ExistingStudent(
    int Id,
    string? FamilyExternalId,
    string FamilyIdentifier,
    Civility Civility,
    string LastName,
    string FirstName,
    DateOnly BirthDate);

public sealed record CourseOption(int Id, string Discipline, string Name, DayOfWeek? Day, string? Teacher);

/// <summary>What a site already holds that an import compares its lines with: five queries whatever the file's size.</summary>
public sealed class SiteSnapshot
{
    public required string? YearLabel { get; init; }

    public required IReadOnlyDictionary<string, ExistingFamily> FamiliesByExternalId { get; init; }

    /// <summary>Every identifier of the site, with the management system's id of its family when it has one.</summary>
    public required IReadOnlyDictionary<string, string?> ExternalIdByIdentifier { get; init; }

    public required IReadOnlyDictionary<string, ExistingStudent> StudentsByExternalId { get; init; }

    public required ILookup<string, CourseOption> CoursesByName { get; init; }

    public required IReadOnlySet<(int StudentId, int CourseId)> Enrolments { get; init; }

    public static string CourseKey(string discipline, string course) =>
        $"{Fold(discipline)}\u001f{Fold(course)}";

    public static async Task<SiteSnapshot> LoadAsync(ReinscriptionDbContext db, int siteId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(db);
        var year = await db.SchoolYears.AsNoTracking().Where(y => y.IsCurrent)
            .Select(y => new { y.Id, y.StartYear }).SingleOrDefaultAsync(cancellationToken);
        var families = await db.Families.AsNoTracking().Where(f => f.SiteId == siteId)
            .Select(f => new ExistingFamily(f.Id, f.Identifier, f.ExternalId, f.Guardian1, f.Guardian2, f.IsResident))
            .ToListAsync(cancellationToken);
        var students = await db.Students.AsNoTracking()
            .Where(s => s.Family!.SiteId == siteId && s.ExternalId != null)
            .Select(s => new
            {
                s.ExternalId,
                Student = new ExistingStudent(s.Id, s.Family!.ExternalId, s.Family.Identifier, s.Civility, s.LastName, s.FirstName, s.BirthDate),
            })
            .ToListAsync(cancellationToken);
        var yearId = year?.Id ?? 0;
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.SiteId == siteId && c.SchoolYearId == yearId)
            .Select(c => new CourseOption(c.Id, c.Discipline!.Name, c.Name, c.Day, c.Teacher))
            .ToListAsync(cancellationToken);
        var enrolments = await db.Enrollments.AsNoTracking()
            .Where(e => e.Course!.SiteId == siteId && e.Course.SchoolYearId == yearId)
            .Select(e => new { e.StudentId, e.CourseId })
            .ToListAsync(cancellationToken);
        return new SiteSnapshot
        {
            YearLabel = year is null ? null : $"{year.StartYear}-{year.StartYear + 1}",
            FamiliesByExternalId = families.Where(f => f.ExternalId is not null).ToDictionary(f => f.ExternalId!, StringComparer.Ordinal),
            ExternalIdByIdentifier = families.ToDictionary(f => f.Identifier, f => f.ExternalId, StringComparer.Ordinal),
            StudentsByExternalId = students.ToDictionary(s => s.ExternalId!, s => s.Student, StringComparer.Ordinal),
            CoursesByName = courses.ToLookup(c => CourseKey(c.Discipline, c.Name), StringComparer.Ordinal),
            Enrolments = enrolments.Select(e => (e.StudentId, e.CourseId)).ToHashSet(),
        };
    }

    /// <summary>Course and discipline names match without regard to case, accents or repeated spaces.</summary>
    public static string Fold(string text) =>
        string.Join(' ', ImportCsv.NormalizeHeader(text).Split('_', StringSplitOptions.RemoveEmptyEntries));
}
