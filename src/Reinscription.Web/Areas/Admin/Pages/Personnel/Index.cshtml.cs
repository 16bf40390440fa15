using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Personnel;

/// <summary>"Personnel": the accounts of the sites this admin administers, active or disabled. Secretariat accounts see a 403.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public IReadOnlyList<AccountLine> Accounts { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var adminId = User.RequiredStaffId();
        var administered = await db.AdministeredSiteIdsAsync(adminId, cancellationToken);
        if (administered.Count == 0)
        {
            return Forbid();
        }

        var members = await db.StaffOfSitesAdministeredBy(adminId).AsNoTracking()
            .Include(s => s.SiteRoles)
            .OrderBy(s => s.FullName).ThenBy(s => s.Email)
            .ToListAsync(cancellationToken);
        var accountIds = members.Select(m => m.AccountId).OfType<string>().ToList();
        var withPassword = (await db.Users.Where(u => accountIds.Contains(u.Id) && u.PasswordHash != null)
            .Select(u => u.Id).ToListAsync(cancellationToken)).ToHashSet();
        var siteNames = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Accounts = [.. members.Select(m => new AccountLine(
            m.Id,
            m.FullName,
            m.Email,
            string.Join(", ", m.SiteRoles.OrderBy(r => siteNames[r.SiteId]).Select(r => $"{siteNames[r.SiteId]} ({RoleLabel(r.Role)})")),
            m.IsDisabled ? "Désactivé" : m.AccountId is { } account && withPassword.Contains(account) ? "Actif" : "Mot de passe pas encore choisi"))];
        return Page();
    }

    public static string RoleLabel(StaffRole role) => role == StaffRole.Admin ? "administration" : "secrétariat";

    public sealed record AccountLine(int Id, string FullName, string Email, string Sites, string State);
}
