using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Reads pages the way a browser would, so that tests assert on what a person sees.</summary>
public static class HtmlClient
{
    private static readonly HtmlParser Parser = new();

    public static async Task<IHtmlDocument> GetPageAsync(this HttpClient client, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        using var response = await client.GetAsync(new Uri(url, UriKind.Relative));
        Assert.Equal(expected, response.StatusCode);
        return await ParseAsync(response);
    }

    public static async Task<IHtmlDocument> ParseAsync(HttpResponseMessage response)
    {
        var html = await response.Content.ReadAsStringAsync();
        return await Parser.ParseDocumentAsync(html);
    }

    /// <summary>The visible text of the first element matching <paramref name="selector"/>, whitespace collapsed.</summary>
    public static string TextOf(this IHtmlDocument document, string selector)
    {
        var element = document.QuerySelector(selector) ?? throw new Xunit.Sdk.XunitException($"No element matches {selector}.");
        return string.Join(' ', element.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }
}
