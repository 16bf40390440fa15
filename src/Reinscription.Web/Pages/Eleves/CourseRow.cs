using System.Globalization;
using System.Linq.Expressions;
using Reinscription.Domain.Courses;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>A course the student follows or followed, as the Cours and Historique tables show it.</summary>
public sealed record CourseRow(
    SchoolYear Year,
    string Discipline,
    string Course,
    DayOfWeek? Day,
    TimeOnly? StartsAt,
    TimeOnly? EndsAt,
    string? Teacher,
    string? Room,
    string? Cycle,
    bool IsActive)
{
    /// <summary>The row of an enrollment, inside a query.</summary>
    public static readonly Expression<Func<Enrollment, CourseRow>> OfEnrollment = e => new CourseRow(
        e.Course!.SchoolYear!, e.Course.Discipline!.Name, e.Course.Name, e.Course.Day,
        e.Course.StartsAt, e.Course.EndsAt, e.Course.Teacher, e.Course.Room, e.Course.Cycle!.Code, e.IsActive);

    public string DayName => Day is { } day ? FrenchDays.Name(day) : "";

    /// <summary>"17.30 à 18.15", the way conservatories write a slot.</summary>
    public string Hours => StartsAt is { } start && EndsAt is { } end
        ? $"{start.ToString("HH\\.mm", CultureInfo.InvariantCulture)} à {end.ToString("HH\\.mm", CultureInfo.InvariantCulture)}"
        : "";

    /// <summary>Monday first, as a French week is read; unscheduled courses (CHAM, assigned later) last.</summary>
    public static IReadOnlyList<CourseRow> InWeekOrder(IEnumerable<CourseRow> rows) =>
        [.. rows.OrderBy(r => r.Day is { } day ? ((int)day + 6) % 7 : 7).ThenBy(r => r.StartsAt).ThenBy(r => r.Course, StringComparer.Ordinal)];
}
