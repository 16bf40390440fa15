using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Areas.Admin.Pages.Compte;

/// <summary>Recovery codes: shown once, when made; each signs in once without the phone.</summary>
public class CodesDeSecoursModel(UserManager<AppUser> users) : PageModel
{
    [TempData]
    public string? RecoveryCodes { get; set; }

    public IReadOnlyList<string> Codes { get; private set; } = [];

    public int CodesLeft { get; private set; }

    public string ReturnUrl { get; private set; } = "/Admin";

    public async Task OnGetAsync(string? returnUrl)
    {
        ReturnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin";
        Codes = RecoveryCodes?.Split(' ', StringSplitOptions.RemoveEmptyEntries) ?? [];
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        CodesLeft = await users.CountRecoveryCodesAsync(user);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount) ?? [];
        RecoveryCodes = string.Join(' ', codes);
        return RedirectToPage();
    }
}
