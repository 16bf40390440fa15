using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Rgpd;

namespace Reinscription.Web.Pages;

/// <summary>"Mes données": what is kept about the family, how long, and the whole of it as one ZIP.</summary>
public class MesDonneesModel(ReinscriptionDbContext db, FamilyDataExport export, TimeProvider clock) : PageModel
{
    public string PrivacyNotice { get; private set; } = "";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        PrivacyNotice = await db.Families.AsNoTracking().Where(f => f.Id == User.RequiredFamilyId())
            .Select(f => f.Site!.PrivacyNotice).SingleAsync(cancellationToken);

    public async Task<IActionResult> OnGetTelechargerAsync(CancellationToken cancellationToken)
    {
        var familyId = User.RequiredFamilyId();
        var now = clock.GetUtcNow();
        var file = await export.BuildAsync(familyId, now, cancellationToken);
        db.Audit(User, now, file.SiteId, "rgpd.exported", "Famille", familyId, $"Export des données de la famille {file.Identifier} (RGPD) téléchargé par la famille.");
        await db.SaveChangesAsync(cancellationToken);
        return this.Attachment(file.Content, "application/zip", file.FileName);
    }
}
