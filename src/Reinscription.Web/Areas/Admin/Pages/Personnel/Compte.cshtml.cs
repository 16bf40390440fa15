using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Personnel;

/// <summary>
/// One staff account: disable it (it can no longer sign in, and its open sessions end within a
/// minute because its security stamp changes), enable it again, or send a new password link.
/// </summary>
public class CompteModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    IOptions<PortalOptions> portal,
    IOptions<StaffInvitationTokenProviderOptions> invitations,
    TimeProvider clock) : PageModel
{
    public StaffMember Member { get; private set; } = null!;

    public IReadOnlyList<string> Roles { get; private set; } = [];

    public bool CanManage { get; private set; }

    public bool HasPassword { get; private set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken) =>
        await LoadAsync(id, tracked: false, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostDesactiverAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, async (member, account, now) =>
        {
            if (member.IsDisabled)
            {
                return "Ce compte était déjà désactivé.";
            }

            member.Disable(now);
            Audit(member, now, "staff.disabled", $"Compte de {member.FullName} désactivé.", ("État", "Actif", "Désactivé"));

            // A new stamp: every session of the account fails its next check (at most a minute away).
            await users.UpdateSecurityStampAsync(account);
            await db.SaveChangesAsync(cancellationToken);
            return $"Le compte de {member.FullName} est désactivé : il ne peut plus se connecter et ses sessions ouvertes se ferment dans la minute.";
        }, cancellationToken);

    public Task<IActionResult> OnPostReactiverAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, async (member, _, now) =>
        {
            if (!member.IsDisabled)
            {
                return "Ce compte était déjà actif.";
            }

            member.Enable();
            Audit(member, now, "staff.enabled", $"Compte de {member.FullName} réactivé.", ("État", "Désactivé", "Actif"));
            await db.SaveChangesAsync(cancellationToken);
            return $"Le compte de {member.FullName} est réactivé.";
        }, cancellationToken);

    public Task<IActionResult> OnPostLienAsync(int id, CancellationToken cancellationToken) =>
        ActAsync(id, async (member, account, now) =>
        {
            if (member.IsDisabled)
            {
                return "Réactivez d'abord le compte pour lui envoyer un lien.";
            }

            var siteId = member.SiteRoles.Min(r => r.SiteId);
            var site = await db.Sites.SingleAsync(s => s.Id == siteId, cancellationToken);
            await db.QueueInvitationAsync(users, this, portal.Value, member, account, site, invitations.Value.TokenLifespan, now);
            Audit(member, now, "staff.invited", $"Nouveau lien pour choisir le mot de passe envoyé à {member.Email}.");
            await db.SaveChangesAsync(cancellationToken);
            return $"Un nouveau lien pour choisir le mot de passe est envoyé à {member.Email}.";
        }, cancellationToken);

    private async Task<IActionResult> ActAsync(
        int id,
        Func<StaffMember, AppUser, DateTimeOffset, Task<string>> act,
        CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Two admins acting on one account take turns; the second sees what the first did.
        await db.Database.ExecuteSqlAsync($"""SELECT 1 FROM "StaffMembers" WHERE "Id" = {id} FOR UPDATE""", cancellationToken);
        if (!await LoadAsync(id, tracked: true, cancellationToken))
        {
            return NotFound();
        }

        if (!CanManage || Member.AccountId is null || await users.FindByIdAsync(Member.AccountId) is not { } account)
        {
            return NotFound();
        }

        TempData["Confirmation"] = await act(Member, account, clock.GetUtcNow());
        await transaction.CommitAsync(cancellationToken);
        return RedirectToPage("/Personnel/Index");
    }

    private void Audit(StaffMember member, DateTimeOffset now, string action, string summary, params (string Field, object? Before, object? After)[] fields) =>
        db.Audit(User, now, member.SiteRoles.Select(r => (int?)r.SiteId).Order().First(), action, "Personnel", member.Id, summary, AuditLog.Diff(fields));

    private async Task<bool> LoadAsync(int id, bool tracked, CancellationToken cancellationToken)
    {
        var adminId = User.RequiredStaffId();
        var query = db.StaffOfSitesAdministeredBy(adminId).Include(s => s.SiteRoles);
        var member = await (tracked ? query : query.AsNoTracking()).SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (member is null)
        {
            return false;
        }

        Member = member;
        CanManage = StaffAccounts.CanManage(member, adminId, await db.AdministeredSiteIdsAsync(adminId, cancellationToken));
        HasPassword = member.AccountId is { } accountId
                      && await db.Users.AnyAsync(u => u.Id == accountId && u.PasswordHash != null, cancellationToken);
        var sites = await db.Sites.AsNoTracking().ToDictionaryAsync(s => s.Id, s => s.Name, cancellationToken);
        Roles = [.. member.SiteRoles.Select(r => $"{sites[r.SiteId]} ({IndexModel.RoleLabel(r.Role)})").Order()];
        return true;
    }
}
