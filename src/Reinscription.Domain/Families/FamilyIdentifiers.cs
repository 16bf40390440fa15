using System.Globalization;
using System.Text;

namespace Reinscription.Domain.Families;

/// <summary>
/// Identifiers as iMuse makes them: the guardian's last name without accents, spaces or
/// punctuation, then a number, "dupont1", "dupont2"… The first number not taken on the site wins;
/// the unique index of the site's identifiers has the last word when two are created at once.
/// </summary>
public static class FamilyIdentifiers
{
    /// <summary>Room left under the 50 characters of the column for the number.</summary>
    private const int MaxStemLength = 40;

    /// <summary>"Le Guen-Brière" → "leguenbriere"; a name with no letter left gives "famille".</summary>
    public static string StemOf(string lastName)
    {
        ArgumentNullException.ThrowIfNull(lastName);
        var expanded = lastName
            .Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "oe", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "ae", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        var stem = new StringBuilder(expanded.Length);
        foreach (var c in expanded.Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                stem.Append(char.ToLowerInvariant(c));
            }
        }

        var text = stem.Length == 0 ? "famille" : stem.ToString();
        return text.Length > MaxStemLength ? text[..MaxStemLength] : text;
    }

    public static string Candidate(string stem, int number)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(number);
        return stem + number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>The first identifier "stem1", "stem2"… that is not in <paramref name="taken"/>.</summary>
    public static string FirstFree(string stem, Func<string, bool> taken)
    {
        ArgumentNullException.ThrowIfNull(taken);
        for (var number = 1; ; number++)
        {
            var candidate = Candidate(stem, number);
            if (!taken(candidate))
            {
                return candidate;
            }
        }
    }

    /// <summary>The number after the stem ("dupont12" → 12), or null when the identifier is not stem + number.</summary>
    public static int? NumberOf(string stem, string identifier)
    {
        ArgumentNullException.ThrowIfNull(stem);
        ArgumentNullException.ThrowIfNull(identifier);
        return identifier.StartsWith(stem, StringComparison.Ordinal)
               && int.TryParse(identifier.AsSpan(stem.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var number)
               && number > 0
            ? number
            : null;
    }
}
