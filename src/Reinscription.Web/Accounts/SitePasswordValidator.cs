using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;

namespace Reinscription.Web.Accounts;

/// <summary>Applies the family's site password policy (staff accounts get the default policy).</summary>
public sealed class SitePasswordValidator(ReinscriptionDbContext db) : IPasswordValidator<AppUser>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<AppUser> manager, AppUser user, string? password)
    {
        var policy = await db.PolicyForAccountAsync(user.Id, CancellationToken.None);
        var failures = policy.Check(password);
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
}
