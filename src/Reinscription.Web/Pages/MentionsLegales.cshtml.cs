using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages;

/// <summary>The public "Mentions légales" page, linked from every footer: one site's, or every site's.</summary>
public class MentionsLegalesModel(ReinscriptionDbContext db) : PageModel
{
    public IReadOnlyList<SiteNotice> Sites { get; private set; } = [];

    public bool OneSite { get; private set; }

    public async Task<IActionResult> OnGetAsync(int? site, CancellationToken cancellationToken)
    {
        Sites = await db.Sites.AsNoTracking()
            .Where(s => site == null || s.Id == site)
            .OrderBy(s => s.Name)
            .Select(s => new SiteNotice(s.Id, s.ConservatoryName, s.LegalNotice, s.Phone, s.Email))
            .ToListAsync(cancellationToken);
        OneSite = site is not null;
        return OneSite && Sites.Count == 0 ? NotFound() : Page();
    }

    public sealed record SiteNotice(int Id, string ConservatoryName, string LegalNotice, string Phone, string Email);
}
