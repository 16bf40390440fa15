using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Launch;

/// <summary>
/// A family choosing its password with its launch link. A family without an account yet (created by
/// staff or an import) gets one here, in the transaction that sets the password; one link serving ends
/// every link of the family.
/// </summary>
public sealed class FirstPasswords(ReinscriptionDbContext db, UserManager<AppUser> users, TimeProvider clock)
{
    /// <summary>Whose link this is, while it still works; null for a used, expired or made-up link.</summary>
    public async Task<LinkHolder?> HolderAsync(string token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = LaunchTokens.Hash(token);
        var now = clock.GetUtcNow();
        var holder = await (
                from l in db.LaunchLinks.AsNoTracking()
                where l.TokenHash == hash && l.UsedAt == null
                join c in db.Campaigns on l.Mailing!.CampaignId equals c.Id
                where c.ClosesAt > now
                join f in db.Families on l.FamilyId equals f.Id
                select new { l.Id, f.SiteId, SiteName = f.Site!.Name, f.Identifier, f.Site.PasswordPolicy })
            .SingleOrDefaultAsync(cancellationToken);
        return holder is null
            ? null
            : new LinkHolder(holder.Id, holder.SiteId, holder.SiteName, holder.Identifier, holder.PasswordPolicy.Description);
    }

    public async Task<FirstPasswordResult> ChooseAsync(string token, string password, CancellationToken cancellationToken)
    {
        var hash = LaunchTokens.Hash(token);
        var familyId = await db.LaunchLinks.Where(l => l.TokenHash == hash).Select(l => (int?)l.FamilyId).SingleOrDefaultAsync(cancellationToken);
        if (familyId is null)
        {
            return FirstPasswordResult.InvalidLink;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // The family's row lock makes two of its links (or one link sent twice) take turns: whoever comes
        // second finds the links used and changes nothing.
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "Families" WHERE "Id" = {familyId} FOR UPDATE""", cancellationToken);
        if (await HolderAsync(token, cancellationToken) is null)
        {
            return FirstPasswordResult.InvalidLink;
        }

        var now = clock.GetUtcNow();
        var family = await db.Families.Include(f => f.Site).SingleAsync(f => f.Id == familyId, cancellationToken);
        var user = family.AccountId is { } accountId ? await users.FindByIdAsync(accountId) : null;
        if (user is null)
        {
            user = new AppUser { UserName = AppUser.FamilyUserName(family.SiteId, family.Identifier), Email = family.Guardian1.Email };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                return new FirstPasswordResult(false, created);
            }

            family.AccountId = user.Id;
            await db.SaveChangesAsync(cancellationToken);
        }

        // Identity's own reset, so that the site's password policy and the security stamp work as for a lost password.
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), password);
        if (!reset.Succeeded)
        {
            return new FirstPasswordResult(false, reset);
        }

        await users.SetLockoutEndDateAsync(user, null);
        await users.ResetAccessFailedCountAsync(user);
        await db.LaunchLinks.Where(l => l.FamilyId == family.Id && l.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(l => l.UsedAt, now), cancellationToken);
        db.Audit(
            AuditActor.Family(family.Id, family.SiteId, family.Identifier),
            now,
            family.SiteId,
            "password.chosen",
            "Famille",
            family.Id,
            $"Mot de passe choisi avec le lien du lancement ({family.Identifier}).");
        db.Outbox.Add(new MailMessage(
            family.Guardian1.Email,
            "Votre mot de passe a été choisi",
            $"Bonjour {family.Guardian1.FormalName},",
            [
                $"Le mot de passe de l'identifiant {family.Identifier} a été choisi le {ParisTime.Format(now)}.",
                "Si vous n'êtes pas à l'origine de ce choix, contactez le conservatoire sans attendre.",
            ],
            family.Site!).ToOutbox(now));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new FirstPasswordResult(false, IdentityResult.Success);
    }
}

public sealed record LinkHolder(long LinkId, int SiteId, string SiteName, string Identifier, string PolicyDescription);

public sealed record FirstPasswordResult(bool LinkInvalid, IdentityResult Identity)
{
    public static readonly FirstPasswordResult InvalidLink = new(true, IdentityResult.Failed());
}
