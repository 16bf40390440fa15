using Microsoft.AspNetCore.Identity;

namespace Reinscription.Web.Accounts;

/// <summary>
/// The password check of both sign-in forms. Unknown account, locked account and wrong password
/// all cost one password hash, so neither the answer nor its time tells whether an identifier
/// exists (ASVS 6.3.8); a locked account is refused only after the hash, and not on a browser
/// where it signed in before (<see cref="TrustedDevice"/>).
/// </summary>
public sealed class PasswordGate(UserManager<AppUser> users, TrustedDevice devices)
{
    public async Task<bool> PassesAsync(AppUser? user, string password, HttpContext http)
    {
        if (user is null)
        {
            UnknownAccount.SpendPasswordCheckTime(users.PasswordHasher, password);
            return false;
        }

        var rightPassword = await users.CheckPasswordAsync(user, password);
        var trusted = devices.IsTrustedFor(http, user);
        if (!trusted && await users.IsLockedOutAsync(user))
        {
            return false;
        }

        if (!rightPassword)
        {
            if (!trusted)
            {
                await users.AccessFailedAsync(user);
            }

            return false;
        }

        if (user.AccessFailedCount > 0)
        {
            await users.ResetAccessFailedCountAsync(user);
        }

        return true;
    }
}
