using System.Net.Http.Headers;
using AngleSharp.Dom;
using AngleSharp.Html.Dom;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Submits a documents line's real upload form as a browser does: multipart, with its token and hidden fields.</summary>
public static class Uploads
{
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, string url, int requirementId, byte[] content, string fileName)
    {
        var page = await client.GetPageAsync(url);
        return await client.UploadAsync(page, url, requirementId, content, fileName);
    }

    /// <summary>Uses <paramref name="page"/> as it was loaded, e.g. before the deadline passed.</summary>
    public static async Task<HttpResponseMessage> UploadAsync(
        this HttpClient client, IHtmlDocument page, string url, int requirementId, byte[] content, string fileName)
    {
        var form = page.QuerySelector<IHtmlFormElement>($"#piece-{requirementId} form.importer")
            ?? throw new Xunit.Sdk.XunitException($"No upload form for requirement {requirementId} on {url}.");
        using var multipart = new MultipartFormDataContent();
        foreach (var input in form.QuerySelectorAll<IHtmlInputElement>("input[type=hidden]"))
        {
            multipart.Add(new StringContent(input.Value), input.Name!);
        }

        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(file, "Upload.File", fileName);
        return await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), multipart);
    }

    /// <summary>An upload form for a line the page does not show, filled with the page's own antiforgery token.</summary>
    public static async Task<HttpResponseMessage> UploadWithTokenAsync(
        this HttpClient client, IHtmlDocument tokenPage, string url, int requirementId, byte[] content, string fileName)
    {
        var token = tokenPage.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? throw new Xunit.Sdk.XunitException("No antiforgery token on the page.");
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(requirementId.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Upload.RequirementId" },
            { new ByteArrayContent(content), "Upload.File", fileName },
        };
        return await client.PostAsync(new Uri(url, UriKind.Relative), multipart);
    }
}
