using System.Collections.Concurrent;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using OtpNet;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Families and staff with real Identity accounts, and signing them in through the real forms.</summary>
public static class Accounts
{
    /// <summary>The authenticator key of each staff e-mail, as the person's phone would hold it.</summary>
    private static readonly ConcurrentDictionary<string, string> AuthenticatorKeys = new(StringComparer.OrdinalIgnoreCase);

    /// <remarks>
    /// The password is set as an import would set it, without the site's rule: tests choose short
    /// passwords freely; the rule itself is tested through the forms where a person chooses one.
    /// </remarks>
    public static async Task<Family> AddFamilyWithAccountAsync(this AppFixture app, Site site, string identifier, string? password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Reinscription.Web.Data.ReinscriptionDbContext>();
        var family = await db.AddFamilyAsync(await db.Sites.SingleAsync(s => s.Id == site.Id), identifier);
        var user = new AppUser { UserName = AppUser.FamilyUserName(site.Id, family.Identifier), Email = family.Guardian1.Email };
        if (password is not null)
        {
            user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        }

        var created = await users.CreateAsync(user);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        family.AccountId = user.Id;
        await db.SaveChangesAsync();
        return family;
    }

    /// <summary>A staff member whose authenticator app is already set up (the key is kept for <see cref="SignInStaffAsync"/>).</summary>
    public static async Task<StaffMember> AddStaffAsync(this AppFixture app, string email, string password, params (Site Site, StaffRole Role)[] roles)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Reinscription.Web.Data.ReinscriptionDbContext>();
        var user = new AppUser { UserName = email, Email = email };
        user.PasswordHash = users.PasswordHasher.HashPassword(user, password);
        Assert.True((await users.CreateAsync(user)).Succeeded);
        await users.ResetAuthenticatorKeyAsync(user);
        AuthenticatorKeys[email] = (await users.GetAuthenticatorKeyAsync(user))!;
        await users.SetTwoFactorEnabledAsync(user, true);
        var staff = new StaffMember(email, "Agnès Leroy") { AccountId = user.Id };
        foreach (var (site, role) in roles)
        {
            staff.Grant(site.Id, role);
        }

        db.StaffMembers.Add(staff);
        await db.SaveChangesAsync();
        return staff;
    }

    public static async Task<HttpResponseMessage> SignInFamilyAsync(this HttpClient client, Site site, string identifier, string password) =>
        await client.SubmitAsync("/Connexion", new Dictionary<string, string>
        {
            ["Input.SiteId"] = site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Input.Identifier"] = identifier,
            ["Input.Password"] = password,
        });

    /// <summary>
    /// Signs staff in as a person would: e-mail and password, then the code of the authenticator app
    /// (setting the app up first when the account has none yet). Returns the last answer: the redirect
    /// after the code, or the password page when the password was refused.
    /// </summary>
    public static async Task<HttpResponseMessage> SignInStaffAsync(this HttpClient client, string email, string password)
    {
        var response = await client.SignInStaffWithPasswordAsync(email, password);
        var next = response.Headers.Location?.OriginalString ?? "";
        if (next.StartsWith("/Personnel/Code", StringComparison.Ordinal))
        {
            response.Dispose();
            return await client.SubmitAsync(next, new Dictionary<string, string> { ["Input.Code"] = CurrentCode(email) });
        }

        if (next.StartsWith("/Personnel/Authentificateur", StringComparison.Ordinal))
        {
            response.Dispose();
            var enrolment = await client.GetPageAsync(next);
            AuthenticatorKeys[email] = enrolment.TextOf("#cle").Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant();
            return await client.SubmitAsync(enrolment, next, new Dictionary<string, string> { ["Input.Code"] = CurrentCode(email) });
        }

        return response;
    }

    /// <summary>The first step only: e-mail and password.</summary>
    public static async Task<HttpResponseMessage> SignInStaffWithPasswordAsync(this HttpClient client, string email, string password) =>
        await client.SubmitAsync("/Personnel/Connexion", new Dictionary<string, string>
        {
            ["Input.Email"] = email,
            ["Input.Password"] = password,
        });

    /// <summary>Submits the "Mot de passe" tab of the signed-in family.</summary>
    public static Task<HttpResponseMessage> ChangePasswordAsync(this HttpClient parent, string current, string next) =>
        parent.SubmitAsync("/MotDePasse", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = current,
            ["Input.NewPassword"] = next,
            ["Input.Confirmation"] = next,
        });

    /// <summary>The code the staff member's authenticator app shows now.</summary>
    public static string CurrentCode(string email) =>
        new Totp(Base32Encoding.ToBytes(AuthenticatorKeys[email])).ComputeTotp();
}
