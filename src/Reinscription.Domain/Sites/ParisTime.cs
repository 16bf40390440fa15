using System.Globalization;

namespace Reinscription.Domain.Sites;

/// <summary>
/// Sites live in Europe/Paris: opening and closing instants are stored in UTC and
/// entered and shown in Paris local time, whatever the server's own time zone.
/// </summary>
public static class ParisTime
{
    public static readonly TimeZoneInfo Zone = TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public static DateTimeOffset ToInstant(DateTime parisLocal)
    {
        var unspecified = DateTime.SpecifyKind(parisLocal, DateTimeKind.Unspecified);
        return new DateTimeOffset(unspecified, Zone.GetUtcOffset(unspecified)).ToUniversalTime();
    }

    /// <summary>
    /// False for a time the clocks skip: on the last Sunday of March, 02:00 to 02:59 never happens
    /// in Paris. (On the last Sunday of October, 02:00 to 02:59 happens twice; <see cref="ToInstant"/>
    /// takes the second, in winter time.)
    /// </summary>
    public static bool Exists(DateTime parisLocal) =>
        !Zone.IsInvalidTime(DateTime.SpecifyKind(parisLocal, DateTimeKind.Unspecified));

    public static DateTime ToLocal(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone).DateTime;

    public static DateOnly Today(DateTimeOffset now) => DateOnly.FromDateTime(ToLocal(now));

    /// <summary>"18/05/2026 à 12:00".</summary>
    public static string Format(DateTimeOffset instant) =>
        ToLocal(instant).ToString("dd/MM/yyyy 'à' HH:mm", French);

    /// <summary>"18/05/2026".</summary>
    public static string FormatDate(DateTimeOffset instant) => ToLocal(instant).ToString("dd/MM/yyyy", French);
}
