using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Personnel;

/// <summary>
/// "Accès personnel": staff sign in with their e-mail address and password, then with a code of
/// their authenticator app; the first time, they set the app up.
/// </summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class ConnexionModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    PasswordGate gate,
    IValidator<StaffLoginInput> validator) : PageModel
{
    public const string FailureMessage =
        "Connexion impossible : e-mail ou mot de passe incorrect. Après 5 essais infructueux, la connexion est bloquée pendant 15 minutes.";

    [BindProperty]
    public StaffLoginInput Input { get; set; } = new();

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var email = Input.Email.Trim().ToLowerInvariant();
        var accountId = await db.StaffMembers.AsNoTracking()
            // A disabled account is answered as an unknown one: the message reveals nothing.
            .Where(s => s.Email == email && s.DisabledAt == null)
            .Select(s => s.AccountId)
            .SingleOrDefaultAsync(cancellationToken);
        var user = accountId is null ? null : await users.FindByIdAsync(accountId);
        if (!await gate.PassesAsync(user, Input.Password, HttpContext))
        {
            Input.Password = "";
            ModelState.AddModelError(string.Empty, FailureMessage);
            return Page();
        }

        await SecondFactor.BeginAsync(HttpContext, user!);
        var next = Url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin";
        return RedirectToPage(user!.TwoFactorEnabled ? "/Personnel/Code" : "/Personnel/Authentificateur", new { returnUrl = next });
    }
}
