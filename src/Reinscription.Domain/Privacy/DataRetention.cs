namespace Reinscription.Domain.Privacy;

/// <summary>
/// How long a family's data is kept (RGPD): two school years after its last enrolment. A family whose
/// students' last enrolment was in school year L is deleted once the current school year starts in
/// L + 2 or later: with 2025-2026 current, a family last enrolled in 2023-2024 goes (it had no course in
/// 2024-2025 nor in 2025-2026), one last enrolled in 2024-2025 stays until 2026-2027 becomes current.
/// A family never enrolled (just created or imported, waiting for its first course) is never due: nothing
/// says it has left.
/// </summary>
public static class DataRetention
{
    public const int SchoolYearsKept = 2;

    /// <param name="lastEnrolmentStartYear">The start year of the family's most recent enrolment, any year; null if none.</param>
    /// <param name="currentStartYear">The start year of the current school year.</param>
    public static bool IsDue(int? lastEnrolmentStartYear, int currentStartYear) =>
        lastEnrolmentStartYear is { } last && last <= LatestDueYear(currentStartYear);

    /// <summary>The most recent last-enrolment year that is due: families enrolled later than this are kept.</summary>
    public static int LatestDueYear(int currentStartYear) => currentStartYear - SchoolYearsKept;
}
