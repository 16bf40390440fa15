using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Reinscription.Web.Security;

/// <summary>
/// Every cookie the app sets, the session (and any other Identity cookie), antiforgery and TempData:
/// <c>__Host-</c> prefixed and Secure, so that neither a sibling subdomain nor a plain-HTTP page can
/// set or read them (decision record 014). Except in Development, which runs on plain
/// http://localhost (scripts/run): there Safari drops Secure cookies, and every browser refuses a
/// <c>__Host-</c> cookie that is not Secure, so the names lose the prefix and Secure follows the request.
/// </summary>
public sealed class CookieHardening(IWebHostEnvironment environment)
    : IPostConfigureOptions<CookieAuthenticationOptions>, IConfigureOptions<AntiforgeryOptions>, IConfigureOptions<CookieTempDataProviderOptions>
{
    public const string HostPrefix = "__Host-";

    /// <summary>Every cookie authentication scheme, whoever registered it and under whatever name.</summary>
    public void PostConfigure(string? name, CookieAuthenticationOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie, options.Cookie.Name ?? $"{CookieAuthenticationDefaults.CookiePrefix}{name}");
    }

    public void Configure(AntiforgeryOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie, "reinscription-antiforgery");
    }

    public void Configure(CookieTempDataProviderOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        Harden(options.Cookie, "reinscription-tempdata");
    }

    private void Harden(CookieBuilder cookie, string name)
    {
        var bareName = name.StartsWith(HostPrefix, StringComparison.Ordinal) ? name[HostPrefix.Length..] : name;

        // The prefix requires exactly this: Secure, the root path, and no Domain.
        cookie.Path = "/";
        cookie.Domain = null;
        if (environment.IsDevelopment())
        {
            cookie.Name = bareName;
            cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        }
        else
        {
            cookie.Name = HostPrefix + bareName;
            cookie.SecurePolicy = CookieSecurePolicy.Always;
        }
    }
}
