using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Connexion;

/// <summary>What the family's sign-in forms (Connexion, Mot de passe perdu) share: the list of sites to choose from.</summary>
public abstract class SiteChoiceModel(ReinscriptionDbContext db) : PageModel
{
    protected ReinscriptionDbContext Db { get; } = db;

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    protected async Task ListSitesAsync(int? selected, CancellationToken cancellationToken) =>
        Sites = await Db.SiteChoicesAsync(selected, cancellationToken);
}
