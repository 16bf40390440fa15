using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Connexion;

[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class IndexModel(
    ReinscriptionDbContext db,
    SignInManager<AppUser> signIn,
    IValidator<LoginInput> validator) : SiteChoiceModel(db)
{
    /// <summary>
    /// One message for a wrong identifier, a wrong password and a locked account, so that the
    /// page never tells whether an identifier exists.
    /// </summary>
    public const string FailureMessage =
        "Connexion impossible : identifiant ou mot de passe incorrect. Après 5 essais infructueux, " +
        "la connexion est bloquée pendant 15 minutes ; vous pouvez aussi choisir un nouveau mot de passe avec « Mot de passe perdu ».";

    [BindProperty]
    public LoginInput Input { get; set; } = new();

    public async Task OnGetAsync(int? site, CancellationToken cancellationToken)
    {
        Input.SiteId = site;
        await ListSitesAsync(site, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(string? returnUrl, CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return await RedisplayAsync(cancellationToken);
        }

        var identifier = Family.NormalizeIdentifier(Input.Identifier);
        var user = await signIn.UserManager.FindByNameAsync(AppUser.FamilyUserName(Input.SiteId!.Value, identifier));
        if (user is null)
        {
            // Spend the time a password check takes, so that timing does not reveal unknown identifiers.
            UnknownAccount.SpendPasswordCheckTime(signIn.UserManager.PasswordHasher, Input.Password);
            ModelState.AddModelError(string.Empty, FailureMessage);
            return await RedisplayAsync(cancellationToken);
        }

        var result = await signIn.PasswordSignInAsync(user, Input.Password, isPersistent: false, lockoutOnFailure: true);
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, FailureMessage);
            return await RedisplayAsync(cancellationToken);
        }

        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Accueil");
    }

    private async Task<PageResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Input.Password = "";
        await ListSitesAsync(Input.SiteId, cancellationToken);
        return Page();
    }
}
