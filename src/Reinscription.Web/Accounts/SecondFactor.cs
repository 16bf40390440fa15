using System.Globalization;
using System.Security.Claims;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;

namespace Reinscription.Web.Accounts;

/// <summary>
/// Staff sign in with a password, then a code of an authenticator app (TOTP, RFC 6238) or a
/// recovery code (ASVS 6.3.3). Between the two, only Identity's short-lived two-factor cookie
/// names the account; the session cookie comes with the second factor and carries amr=mfa.
/// </summary>
public static class SecondFactor
{
    /// <summary>The claim Identity adds after a second factor, and that the staff policy requires.</summary>
    public const string MethodClaim = "amr";
    public const string MultiFactor = "mfa";
    public const int RecoveryCodeCount = 10;

    /// <summary>Remembers the account whose password was right, for the code page or the enrolment page.</summary>
    public static Task BeginAsync(HttpContext http, AppUser user)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(user);
        var identity = new ClaimsIdentity(IdentityConstants.TwoFactorUserIdScheme);
        identity.AddClaim(new Claim(ClaimTypes.Name, user.Id));
        return http.SignInAsync(IdentityConstants.TwoFactorUserIdScheme, new ClaimsPrincipal(identity));
    }

    /// <summary>The key as people type it: lower case, in groups of four.</summary>
    public static string Readable(string key)
    {
        ArgumentNullException.ThrowIfNull(key);
        var text = new StringBuilder();
        for (var i = 0; i < key.Length; i += 4)
        {
            text.Append(key.AsSpan(i, Math.Min(4, key.Length - i))).Append(' ');
        }

        return text.ToString().TrimEnd().ToLowerInvariant();
    }

    /// <summary>The otpauth URI that authenticator apps read from the QR code.</summary>
    public static string EnrolmentUri(string issuer, string account, string key) =>
        string.Create(CultureInfo.InvariantCulture,
            $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={key}&issuer={Uri.EscapeDataString(issuer)}&digits=6");
}
