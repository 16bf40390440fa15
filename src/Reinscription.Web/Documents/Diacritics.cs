using System.Globalization;
using System.Text;

namespace Reinscription.Web.Documents;

internal static class Diacritics
{
    /// <summary>"Avis d'impôt, cœur" → "Avis d'impot, coeur".</summary>
    public static string Remove(string text)
    {
        // Ligatures have no decomposition: "cœur" would otherwise lose its "œ" entirely.
        var expanded = text
            .Replace("œ", "oe", StringComparison.Ordinal).Replace("Œ", "OE", StringComparison.Ordinal)
            .Replace("æ", "ae", StringComparison.Ordinal).Replace("Æ", "AE", StringComparison.Ordinal)
            .Replace("ß", "ss", StringComparison.Ordinal);
        var builder = new StringBuilder(expanded.Length);
        foreach (var c in expanded.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(c);
            }
        }

        return builder.ToString().Normalize(NormalizationForm.FormC);
    }
}
