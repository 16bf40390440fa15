using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages;

/// <summary>
/// "Aide - Accessibilité": the portal's statement for everyone; for a signed-in family, its conservatory's
/// own statement and the display preferences that every page then applies.
/// </summary>
public class AccessibiliteModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn) : PageModel
{
    [BindProperty]
    public AccessibilityInput Input { get; set; } = new();

    /// <summary>Set for a signed-in family only: anyone else sees the portal's generic statement.</summary>
    public SiteStatement? Site { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (User.FamilyIdOf() is not { } familyId)
        {
            return;
        }

        Site = await db.Families.AsNoTracking()
            .Where(f => f.Id == familyId)
            .Select(f => new SiteStatement(f.Site!.ConservatoryName, f.Site.AccessibilityStatement))
            .SingleAsync(cancellationToken);
        // The cookie already carries the preferences (see AppClaimsPrincipalFactory).
        Input = new AccessibilityInput
        {
            LargerText = User.HasClaim(AppClaims.LargerText, "true"),
            HighContrast = User.HasClaim(AppClaims.HighContrast, "true"),
        };
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return Challenge();
        }

        if (User.FamilyIdOf() is null)
        {
            return Forbid();
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        user.PrefersLargerText = Input.LargerText;
        user.PrefersHighContrast = Input.HighContrast;
        var result = await users.UpdateAsync(user);
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }

        // A new cookie, so that the next page already shows the new preferences.
        await signIn.RefreshSignInAsync(user);
        Confirmation = "Vos préférences d'affichage sont enregistrées. Elles s'appliquent à chaque connexion.";
        return RedirectToPage();
    }

    public sealed record SiteStatement(string ConservatoryName, string Statement);
}

public sealed class AccessibilityInput
{
    public bool LargerText { get; set; }

    public bool HighContrast { get; set; }
}
