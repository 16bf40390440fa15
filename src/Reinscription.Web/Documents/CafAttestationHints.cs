using System.Globalization;
using System.Text.RegularExpressions;

namespace Reinscription.Web.Documents;

/// <summary>
/// What staff check first on a CAF attestation: the quotient familial that sets the tariff, and
/// whether the attestation is recent. A hint, never a decision: staff still read the document.
/// </summary>
internal static partial class CafAttestationHints
{
    public const string Unreadable = "texte illisible : vérifier à l'œil";

    private const int MaxAgeMonths = 3;

    private static readonly string[] Months =
    [
        "janvier", "fevrier", "mars", "avril", "mai", "juin",
        "juillet", "aout", "septembre", "octobre", "novembre", "decembre",
    ];

    /// <param name="text">The document's text; blank for a scan.</param>
    /// <param name="today">Dates after it are validity limits ("valable jusqu'au"), not the document's date.</param>
    public static string Read(string text, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return Unreadable;
        }

        // Accents, case and the non-breaking spaces of "712 €" vary between CAF templates and
        // extraction; folding them lets one pattern cover every variant.
        var folded = SpaceRun().Replace(Diacritics.Remove(text).ToLowerInvariant().ReplaceLineEndings("\n"), " ");
        List<string> hints = [QuotientFamilial(folded)];

        var date = Dates(folded).Where(d => d <= today).DefaultIfEmpty().Max();
        if (date == default)
        {
            hints.Add("date introuvable");
        }
        else
        {
            hints.Add("daté du " + date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture));
            if (date < today.AddMonths(-MaxAgeMonths))
            {
                hints.Add($"plus de {MaxAgeMonths} mois");
            }
        }

        return string.Join(" ; ", hints);
    }

    private static string QuotientFamilial(string folded)
    {
        var match = QuotientAmount().Match(folded);
        if (match.Success)
        {
            return "QF " + match.Groups["amount"].Value.Replace(" ", "", StringComparison.Ordinal);
        }

        return folded.Contains("quotient familial", StringComparison.Ordinal)
            ? "quotient familial sans montant lisible"
            : "quotient familial introuvable";
    }

    private static IEnumerable<DateOnly> Dates(string folded)
    {
        foreach (Match match in NumericDate().Matches(folded))
        {
            if (TryDate(match, int.Parse(match.Groups["month"].Value, CultureInfo.InvariantCulture), out var date))
            {
                yield return date;
            }
        }

        foreach (Match match in WrittenDate().Matches(folded))
        {
            if (TryDate(match, Array.IndexOf(Months, match.Groups["month"].Value) + 1, out var date))
            {
                yield return date;
            }
        }
    }

    private static bool TryDate(Match match, int month, out DateOnly date)
    {
        var day = int.Parse(match.Groups["day"].Value, CultureInfo.InvariantCulture);
        var year = int.Parse(match.Groups["year"].Value, CultureInfo.InvariantCulture);
        var valid = month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month);
        date = valid ? new DateOnly(year, month, day) : default;
        return valid;
    }

    // The amount comes within a few words of the label on its line ("quotient familial (QF) au
    // mois : 712 €"), may group thousands with a space, and is never the start of a date.
    [GeneratedRegex(@"quotient familial[^\d\n]{0,30}?(?<amount>\d{1,3}(?: \d{3})+|\d+)(?![\d/])")]
    private static partial Regex QuotientAmount();

    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})/(?<month>\d{1,2})/(?<year>\d{4})(?!\d)")]
    private static partial Regex NumericDate();

    [GeneratedRegex(@"(?<!\d)(?<day>\d{1,2})(?:er)? (?<month>janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre) (?<year>\d{4})(?!\d)")]
    private static partial Regex WrittenDate();

    [GeneratedRegex(@"[^\S\n]+")]
    private static partial Regex SpaceRun();
}
