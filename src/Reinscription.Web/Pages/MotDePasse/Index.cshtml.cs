using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.MotDePasse;

/// <summary>The "Mot de passe" tab: change the password, and tell the family by e-mail that it changed.</summary>
public class IndexModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    SignInManager<AppUser> signIn,
    IValidator<ChangePasswordInput> validator,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public ChangePasswordInput Input { get; set; } = new();

    public string PolicyDescription { get; private set; } = "";

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        PolicyDescription = await PolicyDescriptionAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        PolicyDescription = await PolicyDescriptionAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        var result = await users.ChangePasswordAsync(user, Input.CurrentPassword, Input.NewPassword);
        if (!result.Succeeded)
        {
            var wrongCurrent = result.Errors.Any(e => e.Code == nameof(IdentityErrorDescriber.PasswordMismatch));
            ModelState.AddErrors(result, wrongCurrent ? "Input.CurrentPassword" : "Input.NewPassword");
            return Page();
        }

        // Every other session of the family ends now (ASVS 7.4.3); this one goes on, with the new security stamp.
        await db.EndOtherSessionsAsync(HttpContext, user.Id, cancellationToken);
        await signIn.RefreshSignInAsync(user);
        await EnqueueNoticeAsync(cancellationToken);
        Confirmation = "Votre mot de passe a été modifié. Un e-mail de confirmation vous a été envoyé.";
        return RedirectToPage();
    }

    private async Task<string> PolicyDescriptionAsync(CancellationToken cancellationToken) =>
        (await db.Families.AsNoTracking()
            .Where(f => f.Id == User.RequiredFamilyId())
            .Select(f => f.Site!.PasswordPolicy)
            .SingleAsync(cancellationToken)).Description;

    private async Task EnqueueNoticeAsync(CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().Include(f => f.Site)
            .SingleAsync(f => f.Id == User.RequiredFamilyId(), cancellationToken);
        var mail = new MailMessage(
            family.Guardian1.Email,
            "Votre mot de passe a été modifié",
            $"Bonjour {family.Guardian1.FormalName},",
            [
                $"Le mot de passe de l'identifiant {family.Identifier} a été modifié le {ParisTime.Format(clock.GetUtcNow())}.",
                "Si vous n'êtes pas à l'origine de ce changement, utilisez « Mot de passe perdu » sur la page de connexion " +
                "et prévenez le conservatoire.",
            ],
            family.Site!);
        db.Outbox.Add(mail.ToOutbox(clock.GetUtcNow()));
        db.Audit(User, clock.GetUtcNow(), family.SiteId, "password.changed", "Famille", family.Id, $"Mot de passe modifié par la famille {family.Identifier} (onglet « Mot de passe »).");
        await db.SaveChangesAsync(cancellationToken);
    }
}
