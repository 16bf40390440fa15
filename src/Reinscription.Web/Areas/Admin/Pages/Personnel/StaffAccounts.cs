using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Areas.Admin.Pages.Personnel;

/// <summary>The staff accounts a site's admin sees, and the single-use link that lets a new account choose its password.</summary>
public static class StaffAccounts
{
    /// <summary>Staff with a role on a site the admin administers; anyone else's id finds nothing (404).</summary>
    public static IQueryable<StaffMember> StaffOfSitesAdministeredBy(this ReinscriptionDbContext db, int adminId)
    {
        var sites = db.SitesAdministeredBy(adminId).Select(s => s.Id);
        return db.StaffMembers.Where(s => s.SiteRoles.Any(r => sites.Contains(r.SiteId)));
    }

    /// <summary>
    /// An admin manages an account that works only for sites they administer, never their own: a
    /// colleague who also works for another site is that site's admin's business too.
    /// </summary>
    public static bool CanManage(StaffMember member, int adminId, IReadOnlySet<int> administeredSites)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(administeredSites);
        return member.Id != adminId && member.SiteRoles.All(r => administeredSites.Contains(r.SiteId));
    }

    public static async Task<IReadOnlySet<int>> AdministeredSiteIdsAsync(this ReinscriptionDbContext db, int adminId, CancellationToken cancellationToken) =>
        (await db.SitesAdministeredBy(adminId).Select(s => s.Id).ToListAsync(cancellationToken)).ToHashSet();

    /// <summary>Queues the e-mail with the link to choose a password; saved with the caller's SaveChanges.</summary>
    public static async Task QueueInvitationAsync(
        this ReinscriptionDbContext db,
        UserManager<AppUser> users,
        PageModel page,
        PortalOptions portal,
        StaffMember member,
        AppUser account,
        Site site,
        TimeSpan lifetime,
        DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(member);
        ArgumentNullException.ThrowIfNull(site);
        var token = await users.GenerateUserTokenAsync(account, StaffInvitationTokenProvider.ProviderName, StaffInvitationTokenProvider.Purpose);
        var link = PublicUrl.For(page, portal, "/Personnel/ChoisirMotDePasse", new { area = "", compte = account.Id, jeton = token });
        var mail = new MailMessage(
            member.Email,
            "Votre accès à l'espace du personnel",
            $"Bonjour {member.FullName},",
            [
                $"Un compte vous est ouvert sur l'espace du personnel des réinscriptions du {site.ConservatoryName}, avec l'adresse {member.Email}.",
                "Choisissez votre mot de passe avec le lien ci-dessous. Il ne sert qu'une fois et reste valable " +
                $"{Math.Max(1, (int)lifetime.TotalDays)} jour(s) ; " +
                "passé ce délai, demandez un nouveau lien à l'administrateur de votre site.",
            ],
            site,
            new MailLink("Choisir mon mot de passe", link));
        db.Outbox.Add(mail.ToOutbox(now));
    }
}
