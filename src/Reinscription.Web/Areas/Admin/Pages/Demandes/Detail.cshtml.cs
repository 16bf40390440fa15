using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// One request as the family entered it, the student's and family's records, documents and history, and
/// the decisions: Valider here; Refuser and Modifier on their own pages.
/// </summary>
public class DetailModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public RequestDetail Detail { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var detail = await RequestDetail.LoadAsync(db, User.RequiredStaffId(), id, clock.GetUtcNow(), cancellationToken);
        if (detail is null)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }

    public async Task<IActionResult> OnPostValiderAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        if (!await db.ReenrollmentRequests.AnyAsync(r => r.Id == id && sites.Contains(r.Campaign!.SiteId), cancellationToken))
        {
            return NotFound();
        }

        var validated = await new RequestValidation(db, User, clock.GetUtcNow()).ValidateAsync([id], cancellationToken);
        Confirmation = validated == 1
            ? "Demande validée : la fiche de l'élève est à jour et la famille en est informée par e-mail."
            : "Cette demande n'est pas à valider : elle a déjà été traitée ou n'a pas été transmise.";
        return RedirectToPage(new { id });
    }
}
