using Microsoft.AspNetCore.DataProtection;

namespace Reinscription.Web.Accounts;

/// <summary>
/// A browser where an account has signed in before ("device cookie", OWASP): the per-account
/// lockout does not apply to it, so an attacker who locks an identifier by guessing does not lock
/// its family out (decision record 016). The cookie names one account and expires after a year.
/// </summary>
public sealed class TrustedDevice(IDataProtectionProvider protection, TimeProvider clock, IWebHostEnvironment environment)
{
    private const string BareName = "reinscription-appareil";
    private static readonly TimeSpan Lifetime = TimeSpan.FromDays(365);

    /// <summary>Named and secured as the session cookie (CookieHardening): <c>__Host-</c> and Secure, except in Development.</summary>
    private string CookieName => environment.IsDevelopment() ? BareName : Security.CookieHardening.HostPrefix + BareName;

    private readonly ITimeLimitedDataProtector _protector =
        protection.CreateProtector("Reinscription.TrustedDevice").ToTimeLimitedDataProtector();

    public bool IsTrustedFor(HttpContext http, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(user);
        if (!http.Request.Cookies.TryGetValue(CookieName, out var value) || string.IsNullOrEmpty(value))
        {
            return false;
        }

        try
        {
            return _protector.Unprotect(value, out _) == user.Id;
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return false;
        }
    }

    public void Remember(HttpContext http, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(user);
        var expires = clock.GetUtcNow() + Lifetime;
        http.Response.Cookies.Append(CookieName, _protector.Protect(user.Id, expires), new CookieOptions
        {
            HttpOnly = true,
            Path = "/",
            // As the session cookie (CookieHardening): Secure, except in Development over plain HTTP.
            Secure = !environment.IsDevelopment() || http.Request.IsHttps,
            SameSite = SameSiteMode.Strict,
            IsEssential = true,
            Expires = expires,
        });
    }
}
