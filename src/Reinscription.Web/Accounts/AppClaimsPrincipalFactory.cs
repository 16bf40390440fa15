using System.Globalization;
using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data;

namespace Reinscription.Web.Accounts;

/// <summary>Adds the family (and its site) or the staff member behind an account to its cookie.</summary>
public sealed class AppClaimsPrincipalFactory(
    UserManager<AppUser> users,
    RoleManager<IdentityRole> roles,
    IOptions<IdentityOptions> options,
    ReinscriptionDbContext db)
    : UserClaimsPrincipalFactory<AppUser, IdentityRole>(users, roles, options)
{
    protected override async Task<ClaimsIdentity> GenerateClaimsAsync(AppUser user)
    {
        var identity = await base.GenerateClaimsAsync(user);
        if (user.PrefersLargerText)
        {
            identity.AddClaim(new Claim(AppClaims.LargerText, "true"));
        }

        if (user.PrefersHighContrast)
        {
            identity.AddClaim(new Claim(AppClaims.HighContrast, "true"));
        }
        var family = await db.Families.AsNoTracking()
            .Where(f => f.AccountId == user.Id)
            .Select(f => new { f.Id, f.SiteId })
            .SingleOrDefaultAsync();
        if (family is not null)
        {
            identity.AddClaim(new Claim(AppClaims.FamilyId, family.Id.ToString(CultureInfo.InvariantCulture)));
            identity.AddClaim(new Claim(AppClaims.SiteId, family.SiteId.ToString(CultureInfo.InvariantCulture)));
            return identity;
        }

        var staff = await db.StaffMembers.AsNoTracking()
            .Where(s => s.AccountId == user.Id)
            .Select(s => new { s.Id, AdministersASite = s.SiteRoles.Any(r => r.Role == StaffRole.Admin) })
            .SingleOrDefaultAsync();
        if (staff is not null)
        {
            identity.AddClaim(new Claim(AppClaims.StaffId, staff.Id.ToString(CultureInfo.InvariantCulture)));
            if (staff.AdministersASite)
            {
                identity.AddClaim(new Claim(AppClaims.SiteAdmin, "true"));
            }
        }

        return identity;
    }
}
