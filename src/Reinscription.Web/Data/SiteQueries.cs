using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Reinscription.Web.Data;

public static class SiteQueries
{
    /// <summary>The territory's sites for a "Site" drop-down, in alphabetical order.</summary>
    public static async Task<IReadOnlyList<SelectListItem>> SiteChoicesAsync(
        this ReinscriptionDbContext db,
        int? selected,
        CancellationToken cancellationToken) =>
        await db.Sites.AsNoTracking()
            .OrderBy(s => s.Name)
            .Select(s => new SelectListItem(s.Name, s.Id.ToString(CultureInfo.InvariantCulture), s.Id == selected))
            .ToListAsync(cancellationToken);
}
