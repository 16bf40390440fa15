using System.Globalization;
using System.Security.Claims;

namespace Reinscription.Web.Accounts;

/// <summary>What a signed-in principal carries besides Identity's own claims.</summary>
public static class AppClaims
{
    public const string FamilyId = "reinscription:family";
    public const string SiteId = "reinscription:site";
    public const string StaffId = "reinscription:staff";

    /// <summary>Only shapes the navigation (admin-only links); every admin page checks the site roles itself.</summary>
    public const string SiteAdmin = "reinscription:site-admin";

    /// <summary>Accessibility preferences ride in the cookie so that no page reads them from the database.</summary>
    public const string LargerText = "reinscription:larger-text";
    public const string HighContrast = "reinscription:high-contrast";

    public const string FamilyPolicy = "Family";
    public const string StaffPolicy = "Staff";

    public static int? FamilyIdOf(this ClaimsPrincipal user) => IntClaim(user, FamilyId);

    public static int? StaffIdOf(this ClaimsPrincipal user) => IntClaim(user, StaffId);

    /// <summary>The signed-in family, for pages that the family policy already guards.</summary>
    public static int RequiredFamilyId(this ClaimsPrincipal user) =>
        user.FamilyIdOf() ?? throw new InvalidOperationException("This page is for signed-in families only.");

    public static int RequiredStaffId(this ClaimsPrincipal user) =>
        user.StaffIdOf() ?? throw new InvalidOperationException("This page is for signed-in staff only.");

    private static int? IntClaim(ClaimsPrincipal user, string type) =>
        user.FindFirst(type)?.Value is { } value ? int.Parse(value, CultureInfo.InvariantCulture) : null;
}
