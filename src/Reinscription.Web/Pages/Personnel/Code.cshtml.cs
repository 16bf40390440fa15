using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Reinscription.Web.Accounts;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Personnel;

/// <summary>The second step of a staff sign-in: the six digits of the authenticator app, or a recovery code.</summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class CodeModel(SignInManager<AppUser> signIn, IValidator<SecondFactorInput> validator) : PageModel
{
    public const string FailureMessage =
        "Code incorrect ou expiré. Saisissez le code affiché à l'instant par votre application, ou un code de secours.";

    [BindProperty]
    public SecondFactorInput Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToPage("/Personnel/Connexion") : Page();

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToPage("/Personnel/Connexion");
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var result = code.Length == 6 && code.All(char.IsAsciiDigit)
            ? await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false)
            : await signIn.TwoFactorRecoveryCodeSignInAsync(Input.Code.Trim());
        if (!result.Succeeded)
        {
            Input.Code = "";
            ModelState.AddModelError(string.Empty, FailureMessage);
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin");
    }
}
