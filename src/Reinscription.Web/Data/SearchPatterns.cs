namespace Reinscription.Web.Data;

/// <summary>What a secretary types in a search box, as a pattern for <c>ILIKE</c>.</summary>
public static class SearchPatterns
{
    /// <summary>
    /// Matches any text containing what was typed, as typed: "%" and "_" are not wildcards to a secretary.
    /// Compare through <c>EF.Functions.Unaccent</c> on both sides so that "lefevre" finds Lefèvre.
    /// </summary>
    public static string Containing(string typed)
    {
        ArgumentNullException.ThrowIfNull(typed);
        var escaped = typed.Trim()
            .Replace(@"\", @"\\", StringComparison.Ordinal)
            .Replace("%", @"\%", StringComparison.Ordinal)
            .Replace("_", @"\_", StringComparison.Ordinal);
        return $"%{escaped}%";
    }
}
