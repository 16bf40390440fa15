using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Submits a page's real form: its fields, its antiforgery token, the values a person would type.</summary>
public static class Forms
{
    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        string url,
        IReadOnlyDictionary<string, string> values,
        string formSelector = "main form[method=post]")
    {
        var page = await client.GetPageAsync(url);
        return await client.SubmitAsync(page, url, values, formSelector);
    }

    public static async Task<HttpResponseMessage> SubmitAsync(
        this HttpClient client,
        IHtmlDocument page,
        string url,
        IReadOnlyDictionary<string, string> values,
        string formSelector = "main form[method=post]")
    {
        var form = page.QuerySelector<IHtmlFormElement>(formSelector)
            ?? throw new Xunit.Sdk.XunitException($"No form {formSelector} on {url}.");
        // What a browser sends: every named field, checked boxes only, in document order
        // (a checkbox comes before the hidden "false" that ASP.NET adds for it).
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var element in form.QuerySelectorAll("input[name], select[name], textarea[name]"))
        {
            var name = element.GetAttribute("name")!;
            switch (element)
            {
                case IHtmlInputElement { Type: "checkbox" or "radio", IsChecked: false }:
                case IHtmlInputElement { Type: "submit" }:
                    break;
                case IHtmlInputElement input:
                    fields.Add(new(name, input.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? ""));
                    break;
                case IHtmlTextAreaElement textarea:
                    fields.Add(new(name, textarea.Value));
                    break;
            }
        }

        foreach (var (name, value) in values)
        {
            fields.RemoveAll(f => f.Key == name);
            fields.Add(new(name, value));
        }

        var action = form.GetAttribute("action");
        var target = string.IsNullOrEmpty(action) ? url : action;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(target, UriKind.Relative), content);
    }

    /// <summary>
    /// A POST to <paramref name="url"/> with a valid antiforgery token taken from another form of
    /// <paramref name="tokenPage"/>: what a person could forge with their own session.
    /// </summary>
    public static async Task<HttpResponseMessage> PostWithTokenAsync(
        this HttpClient client,
        IHtmlDocument tokenPage,
        string url,
        IReadOnlyDictionary<string, string> values)
    {
        var token = tokenPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException("No antiforgery token on the page.");
        using var content = new FormUrlEncodedContent(values.Append(new("__RequestVerificationToken", token)));
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }

    /// <summary>A POST with the fields but without the antiforgery token, as a forged cross-site form would send.</summary>
    public static async Task<HttpResponseMessage> PostWithoutTokenAsync(this HttpClient client, string url, IReadOnlyDictionary<string, string> values)
    {
        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(url, UriKind.Relative), content);
    }
}
