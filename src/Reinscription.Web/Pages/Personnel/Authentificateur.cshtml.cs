using FluentValidation;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using QRCoder;
using Reinscription.Web.Accounts;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Personnel;

/// <summary>
/// First staff sign-in: set up an authenticator app (QR code or key), prove it with a code, and
/// receive the recovery codes. Reached only after the right password.
/// </summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class AuthentificateurModel(
    SignInManager<AppUser> signIn,
    IValidator<SecondFactorInput> validator,
    IOptions<PortalOptions> portal) : PageModel
{
    [BindProperty]
    public SecondFactorInput Input { get; set; } = new();

    /// <summary>The key for people who type it rather than scan the QR code.</summary>
    public string ReadableKey { get; private set; } = "";

    [TempData]
    public string? RecoveryCodes { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        var user = await EnrollingUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Personnel/Connexion");
        }

        ReadableKey = SecondFactor.Readable(await KeyOfAsync(user));
        return Page();
    }

    /// <summary>The QR code as a PNG image of this origin: no inline data for the Content-Security-Policy to allow.</summary>
    public async Task<IActionResult> OnGetQrCodeAsync()
    {
        var user = await EnrollingUserAsync();
        if (user is null)
        {
            return NotFound();
        }

        var uri = SecondFactor.EnrolmentUri($"Réinscription {portal.Value.TerritoryName}", user.Email ?? user.UserName ?? "", await KeyOfAsync(user));
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(uri, QRCodeGenerator.ECCLevel.M);
        Response.Headers.CacheControl = "no-store";
        return File(new PngByteQRCode(data).GetGraphic(6), "image/png");
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var user = await EnrollingUserAsync();
        if (user is null)
        {
            return RedirectToPage("/Personnel/Connexion");
        }

        ReadableKey = SecondFactor.Readable(await KeyOfAsync(user));
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var users = signIn.UserManager;
        var code = Input.Code.Replace(" ", "", StringComparison.Ordinal);
        if (!await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Input.Code = "";
            ModelState.AddModelError("Input.Code", "Ce code ne correspond pas : vérifiez l'heure de votre téléphone et saisissez le code affiché à l'instant.");
            return Page();
        }

        await users.SetTwoFactorEnabledAsync(user, true);
        var codes = await users.GenerateNewTwoFactorRecoveryCodesAsync(user, SecondFactor.RecoveryCodeCount) ?? [];
        await HttpContext.SignOutAsync(IdentityConstants.TwoFactorUserIdScheme);
        await signIn.SignInWithClaimsAsync(user, isPersistent: false, [new(SecondFactor.MethodClaim, SecondFactor.MultiFactor)]);
        RecoveryCodes = string.Join(' ', codes);
        return RedirectToPage("/Compte/CodesDeSecours", new { area = "Admin", returnUrl = Url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin" });
    }

    /// <summary>The account between its password and its second factor, when it has no authenticator yet.</summary>
    private async Task<AppUser?> EnrollingUserAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is { TwoFactorEnabled: false } user ? user : null;

    private async Task<string> KeyOfAsync(AppUser user)
    {
        var users = signIn.UserManager;
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }

        return key ?? throw new InvalidOperationException("Identity gave no authenticator key.");
    }
}
