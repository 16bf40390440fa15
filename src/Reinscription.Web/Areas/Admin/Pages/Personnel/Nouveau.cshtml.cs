using FluentValidation;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Npgsql;
using Reinscription.Domain.Staff;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Personnel;

/// <summary>
/// A site's admin opens a secretariat account for that site. It has no password: its owner gets a
/// single-use link by e-mail, queued in the same transaction as the account.
/// </summary>
public class NouveauModel(
    ReinscriptionDbContext db,
    UserManager<AppUser> users,
    IValidator<NewStaffInput> validator,
    IOptions<PortalOptions> portal,
    IOptions<StaffInvitationTokenProviderOptions> invitations,
    TimeProvider clock) : PageModel
{
    [BindProperty]
    public NewStaffInput Input { get; set; } = new();

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await SiteChoicesAsync(cancellationToken);
        if (Sites.Count == 0)
        {
            return Forbid();
        }

        Input.SiteId = Sites.Count == 1 ? int.Parse(Sites[0].Value, System.Globalization.CultureInfo.InvariantCulture) : null;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Sites = await SiteChoicesAsync(cancellationToken);
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var site = await db.SitesAdministeredBy(User.RequiredStaffId()).SingleOrDefaultAsync(s => s.Id == Input.SiteId, cancellationToken);
        if (site is null)
        {
            return NotFound();
        }

        var email = Input.Email.Trim().ToLowerInvariant();
        if (await db.StaffMembers.AnyAsync(s => s.Email == email, cancellationToken) || await users.FindByNameAsync(email) is not null)
        {
            ModelState.AddModelError("Input.Email", "Un compte du personnel existe déjà avec cette adresse.");
            return Page();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var account = new AppUser { UserName = email, Email = email, EmailConfirmed = true };
        var created = await users.CreateAsync(account);
        if (!created.Succeeded)
        {
            ModelState.AddErrors(created, "Input.Email");
            return Page();
        }

        var member = new StaffMember(email, Input.FullName.Trim()) { AccountId = account.Id };
        member.Grant(site.Id, StaffRole.Secretariat);
        db.StaffMembers.Add(member);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException e) when (e.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("Input.Email", "Un compte du personnel existe déjà avec cette adresse.");
            return Page();
        }

        var now = clock.GetUtcNow();
        await db.QueueInvitationAsync(users, this, portal.Value, member, account, site, invitations.Value.TokenLifespan, now);
        db.Audit(User, now, site.Id, "staff.created", "Personnel", member.Id,
            $"Compte secrétariat de {member.FullName} ({member.Email}) créé ; lien pour choisir le mot de passe envoyé.",
            AuditLog.Diff(("Nom", null, member.FullName), ("E-mail", null, member.Email), ("Rôle", null, $"{site.Name} (secrétariat)")));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Confirmation"] = $"Compte créé pour {member.FullName} : un lien pour choisir son mot de passe est envoyé à {member.Email}.";
        return RedirectToPage("/Personnel/Index");
    }

    private async Task<IReadOnlyList<SelectListItem>> SiteChoicesAsync(CancellationToken cancellationToken) =>
        await db.SitesAdministeredBy(User.RequiredStaffId()).AsNoTracking().OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)))
            .ToListAsync(cancellationToken);
}
