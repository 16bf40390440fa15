namespace Reinscription.Web.Security;

/// <summary>The headers every response carries, whatever answered it (decision record 013).</summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Scripts, styles, fonts and frames from this origin only, with nothing inline: an injected tag
    /// cannot run. Images may also be <c>data:</c> URLs, which is how Bootstrap draws its check marks and
    /// select arrows; an image cannot run script.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /// <summary>
    /// Added when the response is about to start, so that an error page that cleared the headers still
    /// gets them. A response that sets its own caching (the static files) keeps it; every other response
    /// is not stored: pages show a family's data, and a download is a family's document.
    /// </summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) =>
        app.Use((context, next) =>
        {
            var response = context.Response;
            response.OnStarting(() =>
            {
                var headers = response.Headers;
                headers.ContentSecurityPolicy = ContentSecurityPolicy;
                headers.XContentTypeOptions = "nosniff";

                // Reset links carry their token in the URL.
                headers["Referrer-Policy"] = "no-referrer";
                if (!headers.ContainsKey("Cache-Control"))
                {
                    headers.CacheControl = "no-store";
                }

                return Task.CompletedTask;
            });
            return next(context);
        });
}
