using Microsoft.AspNetCore.Identity;

namespace Reinscription.Web.Accounts;

/// <summary>Makes a sign-in with an unknown identifier cost what a real password check costs.</summary>
public static class UnknownAccount
{
    private static readonly AppUser Nobody = new();
    private static readonly Lazy<string> NobodysHash =
        new(() => new PasswordHasher<AppUser>().HashPassword(Nobody, Guid.NewGuid().ToString()));

    public static void SpendPasswordCheckTime(IPasswordHasher<AppUser> hasher, string password) =>
        hasher.VerifyHashedPassword(Nobody, NobodysHash.Value, password);
}
