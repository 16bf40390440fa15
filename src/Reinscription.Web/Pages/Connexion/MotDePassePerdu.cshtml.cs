using System.Diagnostics;
using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Families;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Email;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Pages.Connexion;

/// <summary>
/// Lost password and first connection: e-mails a single-use link to choose a password. The answer
/// is the same, in the same time, whether or not the identifier and e-mail matched a family.
/// </summary>
[EnableRateLimiting(AccountRegistration.SignInRateLimit)]
public class MotDePassePerduModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    IValidator<LostPasswordInput> validator,
    IOptions<PortalOptions> portal,
    TimeProvider clock) : SiteChoiceModel(db)
{
    /// <summary>Both answers take at least this long, so that timing tells nothing either.</summary>
    private static readonly TimeSpan MinimumAnswerTime = TimeSpan.FromMilliseconds(400);

    [BindProperty]
    public LostPasswordInput Input { get; set; } = new();

    public bool Sent { get; private set; }

    public async Task OnGetAsync(int? site, string? identifiant, CancellationToken cancellationToken)
    {
        Input.SiteId = site;
        Input.Identifier = identifiant ?? "";
        await ListSitesAsync(site, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            await ListSitesAsync(Input.SiteId, cancellationToken);
            return Page();
        }

        var started = Stopwatch.GetTimestamp();
        await SendLinkIfMatchingAsync(cancellationToken);
        var remaining = MinimumAnswerTime - Stopwatch.GetElapsedTime(started);
        if (remaining > TimeSpan.Zero)
        {
            await Task.Delay(remaining, cancellationToken);
        }

        Sent = true;
        return Page();
    }

    private async Task SendLinkIfMatchingAsync(CancellationToken cancellationToken)
    {
        var identifier = Family.NormalizeIdentifier(Input.Identifier);
        // The whole address, case aside, never a pattern: "%" must match no one. The link goes to the
        // address on record, not to what was typed.
        var email = Input.Email.Trim();
        var literal = LiteralPattern(email);
        var family = await Db.Families
            .Include(f => f.Site)
            .Where(f => f.SiteId == Input.SiteId && f.Identifier == identifier && f.AccountId != null)
            .Where(f => EF.Functions.ILike(f.Guardian1.Email, literal, "\\")
                        || (f.Guardian2 != null && EF.Functions.ILike(f.Guardian2.Email, literal, "\\")))
            .SingleOrDefaultAsync(cancellationToken);
        if (family is null)
        {
            return;
        }

        var onRecord = family.Guardian1.Email.Equals(email, StringComparison.OrdinalIgnoreCase)
            ? family.Guardian1.Email
            : family.Guardian2!.Email;
        var user = await users.FindByIdAsync(family.AccountId!);
        if (user is null)
        {
            return;
        }

        var token = await users.GeneratePasswordResetTokenAsync(user);
        var link = PublicUrl.For(this, portal.Value, "/Connexion/NouveauMotDePasse", new { compte = user.Id, jeton = token });
        var mail = new MailMessage(
            onRecord,
            "Choisir votre mot de passe",
            "Bonjour,",
            [
                $"Vous avez demandé à choisir un nouveau mot de passe pour l'identifiant {family.Identifier} " +
                $"sur l'extranet du {family.Site!.ConservatoryName}.",
                "Ce lien ne sert qu'une fois et reste valable une heure. Si vous n'êtes pas à l'origine de cette demande, " +
                "ignorez ce message : votre mot de passe actuel reste valable.",
            ],
            family.Site,
            new MailLink("Choisir mon mot de passe", link));
        var row = mail.ToOutbox(clock.GetUtcNow());
        row.KeepBodyOnlyUntilSent();
        Db.Outbox.Add(row);
        await Db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The typed address as an ILIKE pattern that matches only itself: case-insensitive equality.</summary>
    private static string LiteralPattern(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal)
            .Replace("%", "\\%", StringComparison.Ordinal)
            .Replace("_", "\\_", StringComparison.Ordinal);
}
