using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Reinscription.Web.Documents;

/// <summary>
/// The request limit of the pages that take uploads, <see cref="DocumentUploads.RequestLimitBytes"/>. A request
/// that declares more is read to its end and thrown away, then answered with the French 413 page: a server
/// that answers before the browser has sent everything resets the connection, and the family would see a
/// network error instead of a reason. Runs before the antiforgery check, which would read the form.
/// </summary>
[AttributeUsage(AttributeTargets.Class)]
public sealed class UploadRequestLimitAttribute : Attribute, IAsyncAuthorizationFilter, IOrderedFilter
{
    /// <summary>Past this, reading the rest is not worth it: the connection is reset.</summary>
    private const long LargestDrainedBytes = 256 * 1024 * 1024;

    /// <summary>Before <see cref="RequestSizeLimitAttribute"/> (900) and the antiforgery check (1000).</summary>
    public int Order => 800;

    public async Task OnAuthorizationAsync(AuthorizationFilterContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        var declared = http.Request.ContentLength;
        var limit = http.Features.Get<IHttpMaxRequestBodySizeFeature>();
        if (declared is null or <= DocumentUploads.RequestLimitBytes)
        {
            if (limit is { IsReadOnly: false })
            {
                limit.MaxRequestBodySize = DocumentUploads.RequestLimitBytes;
            }

            return;
        }

        if (declared <= LargestDrainedBytes)
        {
            if (limit is { IsReadOnly: false })
            {
                limit.MaxRequestBodySize = declared;
            }

            await http.Request.Body.CopyToAsync(Stream.Null, http.RequestAborted);
        }

        context.Result = new StatusCodeResult(StatusCodes.Status413PayloadTooLarge);
    }
}
