using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reinscription.Web.Accounts;

/// <summary>
/// Absolute links for e-mails. With Portal:PublicBaseUrl set, links never depend on the Host
/// header of the request, which a client controls.
/// </summary>
public static class PublicUrl
{
    public static string For(PageModel page, PortalOptions portal, string pageName, object values)
    {
        var path = page.Url.Page(pageName, values)
            ?? throw new InvalidOperationException($"No page {pageName}.");
        return BaseOf(page, portal) + path;
    }

    /// <summary>The site's address without a trailing slash: the configured one, else the request's.</summary>
    public static string BaseOf(PageModel page, PortalOptions portal)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(portal);
        return string.IsNullOrWhiteSpace(portal.PublicBaseUrl)
            ? $"{page.Request.Scheme}://{page.Request.Host}{page.Request.PathBase}"
            : portal.PublicBaseUrl.TrimEnd('/');
    }
}
