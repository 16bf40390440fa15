using AngleSharp.Html.Dom;

namespace Reinscription.Web.Tests.Infrastructure;

public static class Tables
{
    /// <summary>The cells of each body row of the tables matching <paramref name="selector"/>, as a person reads them.</summary>
    public static IReadOnlyList<string[]> RowsOf(this IHtmlDocument document, string selector) =>
        [.. document.QuerySelectorAll($"{selector} tbody tr")
            .Select(row => row.QuerySelectorAll("td")
                .Select(cell => string.Join(' ', cell.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
                .ToArray())];
}
