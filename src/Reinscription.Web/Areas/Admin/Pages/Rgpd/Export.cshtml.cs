using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Rgpd;

namespace Reinscription.Web.Areas.Admin.Pages.Rgpd;

/// <summary>
/// A family's data as one ZIP, for a family of the staff member's sites (a family asking the
/// conservatory for its data; the family can also download it itself from "Mes données").
/// Link it from a family's staff page as <c>/Admin/Rgpd/Export/{familyId}</c>.
/// </summary>
public class ExportModel(ReinscriptionDbContext db, FamilyDataExport export, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        if (!await db.Families.AnyAsync(f => f.Id == id && sites.Contains(f.SiteId), cancellationToken))
        {
            return NotFound();
        }

        var now = clock.GetUtcNow();
        var file = await export.BuildAsync(id, now, cancellationToken);
        db.Audit(User, now, file.SiteId, "rgpd.exported", "Famille", id, $"Export des données de la famille {file.Identifier} (RGPD) téléchargé par le conservatoire.");
        await db.SaveChangesAsync(cancellationToken);
        return this.Attachment(file.Content, "application/zip", file.FileName);
    }
}
