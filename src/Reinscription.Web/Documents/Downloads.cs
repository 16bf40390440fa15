using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Reinscription.Web.Documents;

public static class Downloads
{
    /// <summary>
    /// Always a download, never rendered in the site's origin, and the browser may not guess a
    /// type other than the one the inspection decided: a crafted file cannot run as a page.
    /// </summary>
    public static FileContentResult Attachment(this PageModel page, byte[] content, string contentType, string fileName)
    {
        ArgumentNullException.ThrowIfNull(page);
        page.Response.Headers.XContentTypeOptions = "nosniff";
        return page.File(content, contentType, fileName);
    }
}
