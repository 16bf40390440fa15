using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.Documents;

/// <summary>"Consulter": a document of the signed-in family; any other id answers 404.</summary>
public class ConsulterModel(ReinscriptionDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        var file = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.Id == id && d.FamilyId == familyId)
            .Select(d => new { d.File!.Content, d.File.ContentType, d.File.FileName })
            .SingleOrDefaultAsync(cancellationToken);
        return file is null ? NotFound() : this.Attachment(file.Content, file.ContentType, file.FileName);
    }
}
