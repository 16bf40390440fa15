using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages;

public class IndexModel(ReinscriptionDbContext db, IOptions<PortalOptions> portal) : PageModel
{
    public string TerritoryName { get; } = portal.Value.TerritoryName;

    public IReadOnlyList<SiteCard> Sites { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await db.Sites.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SiteCard(s.ConservatoryName, s.Address, s.PostalCode, s.Town, s.Phone, s.Email))
            .ToListAsync(cancellationToken);
    }

    public sealed record SiteCard(string ConservatoryName, string Address, string PostalCode, string Town, string Phone, string Email);
}
