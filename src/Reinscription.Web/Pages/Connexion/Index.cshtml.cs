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
    PasswordGate gate,
    TrustedDevice devices,
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
        if (!await gate.PassesAsync(user, Input.Password, HttpContext))
        {
            ModelState.AddModelError(string.Empty, FailureMessage);
            return await RedisplayAsync(cancellationToken);
        }

        await signIn.SignInAsync(user!, isPersistent: false, authenticationMethod: "pwd");
        devices.Remember(HttpContext, user!);
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl : "/Accueil");
    }

    private async Task<PageResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Input.Password = "";
        await ListSitesAsync(Input.SiteId, cancellationToken);
        return Page();
    }
}
