using Reinscription.Domain.Courses;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>A slot's fields as staff read them, in the offer's table and in the audit log.</summary>
public static class CourseAudit
{
    public const string RecordType = "Cours";

    public static string ChoiceLabel(ChoiceMode mode) => mode == ChoiceMode.Assigned ? "attribué par le conservatoire" : "choix de la famille";

    public static string Times(Course course)
    {
        ArgumentNullException.ThrowIfNull(course);
        return course.StartsAt is { } start && course.EndsAt is { } end ? $"{start:HH\\:mm}–{end:HH\\:mm}" : "";
    }

    public static IReadOnlyList<(string Field, object? Value)> Fields(Course course, string? cycle)
    {
        ArgumentNullException.ThrowIfNull(course);
        return
        [
            ("Cours", course.Name),
            ("Cycle", cycle),
            ("Jour", course.Day is { } day ? FrenchDays.Name(day) : null),
            ("Horaire", Times(course)),
            ("Professeur", course.Teacher),
            ("Salle", course.Room),
            ("Capacité", course.Capacity),
            ("Attribution", ChoiceLabel(course.ChoiceMode)),
            ("CHAM", course.IsCham ? "oui" : "non"),
        ];
    }

    public static IReadOnlyList<Audit.AuditChange> Diff(
        IReadOnlyList<(string Field, object? Value)> before,
        IReadOnlyList<(string Field, object? Value)> after) =>
        Audit.AuditLog.Diff(before.Zip(after, (b, a) => (b.Field, b.Value, a.Value)));
}
