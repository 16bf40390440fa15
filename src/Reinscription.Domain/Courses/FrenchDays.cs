namespace Reinscription.Domain.Courses;

public static class FrenchDays
{
    private static readonly string[] Names = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

    public static string Name(DayOfWeek day) => Names[(int)day];

    public static string Upper(DayOfWeek day) => Names[(int)day].ToUpperInvariant();
}
