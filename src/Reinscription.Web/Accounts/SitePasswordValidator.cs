using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Accounts;

/// <summary>
/// Applies the family's site password policy (staff accounts get the default policy), with the
/// common-password list and the names of the site and of the account's holder.
/// </summary>
public sealed class SitePasswordValidator(ReinscriptionDbContext db) : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var policy = await db.PolicyForAccountAsync(user.Id, CancellationToken.None);
        var context = await db.ContextWordsAsync(user, CancellationToken.None);
        var failures = policy.Check(password, CommonPasswords.Contains, context);
        return failures.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. failures.Select(f => new IdentityError { Code = "PasswordPolicy", Description = f })]);
    }
}

public static class PasswordPolicyQueries
{
    public static async Task<PasswordPolicy> PolicyForAccountAsync(
        this ReinscriptionDbContext db,
        string accountId,
        CancellationToken cancellationToken) =>
        await db.Families.AsNoTracking()
            .Where(f => f.AccountId == accountId)
            .Select(f => f.Site!.PasswordPolicy)
            .SingleOrDefaultAsync(cancellationToken)
        ?? PasswordPolicy.Default;

    /// <summary>Words that may not appear in the account's password (ASVS 6.2.11): the product, the site, the family, the person.</summary>
    public static async Task<IReadOnlyList<string>> ContextWordsAsync(
        this ReinscriptionDbContext db,
        AppUser user,
        CancellationToken cancellationToken)
    {
        List<string> words = ["Réinscription", "Conservatoire", "extranet"];
        var family = await db.Families.AsNoTracking()
            .Where(f => f.AccountId == user.Id)
            .Select(f => new
            {
                f.Identifier,
                Guardian1 = f.Guardian1.LastName,
                Guardian2 = f.Guardian2 == null ? null : f.Guardian2.LastName,
                f.Site!.Name,
                f.Site.ConservatoryName,
                f.Site.Town,
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (family is not null)
        {
            words.AddRange([family.Identifier.TrimEnd("0123456789".ToCharArray()), family.Guardian1, family.Name, family.ConservatoryName, family.Town]);
            words.AddRange(family.Guardian2 is null ? [] : [family.Guardian2]);
            return words;
        }

        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.AccountId == user.Id)
            .Select(s => new { s.Email, s.FullName })
            .SingleOrDefaultAsync(cancellationToken);
        if (staff is not null)
        {
            words.AddRange([staff.Email.Split('@')[0], staff.FullName]);
        }

        return words;
    }
}
