namespace Reinscription.Domain.Courses;

/// <summary>A school year, labelled "2025-2026".</summary>
public class SchoolYear
{
    private SchoolYear()
    {
    }

    public SchoolYear(int startYear)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(startYear, 2000);
        StartYear = startYear;
    }

    public int Id { get; private set; }

    public int StartYear { get; private set; }

    public string Label => LabelOf(StartYear);

    /// <summary>"2026-2027" for 2026, for screens that read the start year alone.</summary>
    public static string LabelOf(int startYear) => $"{startYear}-{startYear + 1}";

    /// <summary>The school year a day falls in, for a territory that has not yet said which is current: years start in September.</summary>
    public static int StartYearOn(DateOnly day) => day.Month >= 9 ? day.Year : day.Year - 1;

    /// <summary>The year whose courses families see in the Cours tab; the one before is history.</summary>
    public bool IsCurrent { get; private set; }

    /// <summary>Year roll-over: the caller clears the previous current year in the same transaction.</summary>
    public void MakeCurrent() => IsCurrent = true;

    public void EndCurrency() => IsCurrent = false;
}
