using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.Documents;

/// <summary>The blank form of a requirement of the family's site (Doc 1 to Doc 4 of the manuals), to fill and upload.</summary>
public class ModeleModel(ReinscriptionDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var familySite = db.Families.Where(f => f.Id == User.RequiredFamilyId()).Select(f => f.SiteId);
        var template = await db.DocumentRequirements.AsNoTracking()
            .Where(r => r.Id == id && r.TemplateContent != null && familySite.Contains(r.SiteId))
            .Select(r => new { r.TemplateContent, r.TemplateFileName })
            .SingleOrDefaultAsync(cancellationToken);

        // Staff upload the template; its type is not inspected, so it is served as bytes to save.
        return template is null
            ? NotFound()
            : this.Attachment(template.TemplateContent!, "application/octet-stream", template.TemplateFileName ?? "formulaire");
    }
}
