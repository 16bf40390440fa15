using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Connexion;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Personnel;

/// <summary>
/// The page a new staff account's e-mail links to: choose a password, once. Setting it renews the
/// security stamp, which the link carries, so a second use is refused.
/// </summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class ChoisirMotDePasseModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    IValidator<NewPasswordInput> validator,
    TimeProvider clock) : PageModel
{
    private const string InvalidLink =
        "Ce lien n'est plus valide : il a déjà servi ou a expiré. Demandez un nouveau lien à l'administrateur de votre site.";

    [BindProperty(SupportsGet = true, Name = "compte")]
    public string AccountId { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "jeton")]
    public string Token { get; set; } = "";

    [BindProperty]
    public NewPasswordInput Input { get; set; } = new();

    public string PolicyDescription { get; } = PasswordPolicy.Default.Description;

    public bool Done { get; private set; }

    public void OnGet()
    {
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var member = await db.StaffMembers.Include(s => s.SiteRoles).SingleOrDefaultAsync(s => s.AccountId == AccountId && s.DisabledAt == null, cancellationToken);
        var user = member is null ? null : await users.FindByIdAsync(AccountId);
        if (user is null
            || !await users.VerifyUserTokenAsync(user, StaffInvitationTokenProvider.ProviderName, StaffInvitationTokenProvider.Purpose, Token))
        {
            ModelState.AddModelError(string.Empty, InvalidLink);
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await users.HasPasswordAsync(user))
        {
            await users.RemovePasswordAsync(user);
        }

        // Adding the password renews the security stamp: the link dies with this use.
        var result = await users.AddPasswordAsync(user, Input.Password);
        if (!result.Succeeded)
        {
            ModelState.AddErrors(result, "Input.Password");
            return Page();
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        db.Audit(new AuditActor(AuditActorKind.Staff, member!.Id.ToString(System.Globalization.CultureInfo.InvariantCulture), member.Email),
            clock.GetUtcNow(), member.SiteRoles.Select(r => (int?)r.SiteId).Min(), "staff.password-chosen", "Personnel", member.Id,
            $"{member.FullName} a choisi son mot de passe avec le lien reçu par e-mail.");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Done = true;
        return Page();
    }
}
