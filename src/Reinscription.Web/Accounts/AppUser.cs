using Microsoft.AspNetCore.Identity;

namespace Reinscription.Web.Accounts;

/// <summary>
/// An Identity account: either a family's (user name from its site and identifier) or a staff
/// member's (user name is the e-mail). The family or staff row points at it.
/// </summary>
public class AppUser : IdentityUser
{
    /// <summary>Accessibility preference: larger text on every page.</summary>
    public bool PrefersLargerText { get; set; }

    /// <summary>Accessibility preference: high-contrast colours on every page.</summary>
    public bool PrefersHighContrast { get; set; }

    /// <summary>Identity wants globally unique user names; family identifiers are unique per site only.</summary>
    public static string FamilyUserName(int siteId, string identifier) => $"famille.{siteId}.{identifier}";
}
