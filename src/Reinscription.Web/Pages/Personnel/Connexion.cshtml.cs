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

/// <summary>"Accès personnel": staff sign in with their e-mail address.</summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class ConnexionModel(
    ReinscriptionDbContext db,
    SignInManager<AppUser> signIn,
    IValidator<StaffLoginInput> validator) : PageModel
{
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
        var user = accountId is null ? null : await signIn.UserManager.FindByIdAsync(accountId);
        if (user is null)
        {
            UnknownAccount.SpendPasswordCheckTime(signIn.UserManager.PasswordHasher, Input.Password);
        }

        var result = user is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            Input.Password = "";
            ModelState.AddModelError(string.Empty,
                "Connexion impossible : e-mail ou mot de passe incorrect. Après 5 essais infructueux, la connexion est bloquée pendant 15 minutes.");
            return Page();
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Admin");
    }
}
