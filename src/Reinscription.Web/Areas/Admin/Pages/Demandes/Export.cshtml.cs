using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>The campaign's CSV files (see <see cref="RequestExports"/>), for a campaign of the staff member's sites only.</summary>
public class ExportModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public async Task<IActionResult> OnGetAsync(string fichier, int campagne, CancellationToken cancellationToken)
    {
        if (await CampaignScope.FindAsync(db, User.RequiredStaffId(), campagne, cancellationToken) is not { } campaign
            || await new RequestExports(db, campaign, clock.GetUtcNow()).BuildAsync(fichier, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, "text/csv; charset=utf-8", file.FileName);
    }
}
