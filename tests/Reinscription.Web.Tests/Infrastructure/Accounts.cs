using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Families and staff with real Identity accounts, and signing them in through the real forms.</summary>
public static class Accounts
{
    public static async Task<Family> AddFamilyWithAccountAsync(this AppFixture app, Site site, string identifier, string? password)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Reinscription.Web.Data.ReinscriptionDbContext>();
        var family = await db.AddFamilyAsync(await db.Sites.SingleAsync(s => s.Id == site.Id), identifier);
        var user = new AppUser { UserName = AppUser.FamilyUserName(site.Id, family.Identifier), Email = family.Guardian1.Email };
        var created = password is null ? await users.CreateAsync(user) : await users.CreateAsync(user, password);
        Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
        family.AccountId = user.Id;
        await db.SaveChangesAsync();
        return family;
    }

    public static async Task<StaffMember> AddStaffAsync(this AppFixture app, string email, string password, params (Site Site, StaffRole Role)[] roles)
    {
        await using var scope = app.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var db = scope.ServiceProvider.GetRequiredService<Reinscription.Web.Data.ReinscriptionDbContext>();
        var user = new AppUser { UserName = email, Email = email };
        Assert.True((await users.CreateAsync(user, password)).Succeeded);
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

    public static async Task<HttpResponseMessage> SignInStaffAsync(this HttpClient client, string email, string password) =>
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
}
