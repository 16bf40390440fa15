using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Connexion;

/// <summary>The page the lost-password e-mail links to: choose a password, once, within the hour.</summary>
public class NouveauMotDePasseModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    IValidator<NewPasswordInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "compte")]
    public string AccountId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public string PolicyDescription { get; private set; } = "";

    public bool Done { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        PolicyDescription = (await db.PolicyForAccountAsync(AccountId, cancellationToken)).Description;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PolicyDescription = (await db.PolicyForAccountAsync(AccountId, cancellationToken)).Description;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var user = await users.FindByIdAsync(AccountId);
        var result = user is null
            ? IdentityResult.Failed(users.ErrorDescriber.InvalidToken())
            : await users.ResetPasswordAsync(user, Token, Input.Password);
        if (!result.Succeeded)
        {
            var invalidLink = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.InvalidToken));
            ModelState.AddErrors(result, invalidLink ? string.Empty : "Input.Password");
            return Page();
        }

        // A reset also lifts a lockout: the family proved it holds the mailbox.
        await users.SetLockoutEndDateAsync(user!, null);
        await users.ResetAccessFailedCountAsync(user!);
        await db.EndSessionsOfAsync(user!.Id, cancellationToken);
        await EnqueueConfirmationAsync(user!, cancellationToken);
        Done = true;
        return Page();
    }

    private async Task EnqueueConfirmationAsync(AppUser user, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Include(f => f.Site)
            .SingleOrDefaultAsync(f => f.AccountId == user.Id, cancellationToken);
        if (family is null || string.IsNullOrEmpty(user.Email))
        {
            return;
        }

        var mail = new MailMessage(
            user.Email,
            "Votre mot de passe a été choisi",
            "Bonjour,",
            [
                $"Le mot de passe de l'identifiant {family.Identifier} a été défini le {Domain.Sites.ParisTime.Format(clock.GetUtcNow())}.",
                "Si vous n'êtes pas à l'origine de ce changement, contactez le conservatoire sans attendre.",
            ],
            family.Site!);
        db.Outbox.Add(mail.ToOutbox(clock.GetUtcNow()));
        db.Audit(AuditActor.Family(family.Id, family.SiteId, family.Identifier), clock.GetUtcNow(), family.SiteId, "password.reset", "Famille", family.Id, $"Mot de passe choisi par la famille {family.Identifier} avec le lien « Mot de passe perdu ».");
        await db.SaveChangesAsync(cancellationToken);
    }
}
