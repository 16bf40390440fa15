using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>The blank form of a line of the staff member's sites, as families download it.</summary>
public class ModeleModel(ReinscriptionDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var template = await db.RequirementsOf(User.RequiredStaffId()).AsNoTracking()
            .Where(r => r.Id == id && r.TemplateContent != null)
            .Select(r => new { r.TemplateContent, r.TemplateFileName })
            .SingleOrDefaultAsync(cancellationToken);
        return template is null
            ? NotFound()
            : this.Attachment(template.TemplateContent!, "application/pdf", template.TemplateFileName ?? "formulaire.pdf");
    }
}
