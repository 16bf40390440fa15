using System.Globalization;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>The drop-downs of the slot forms: a site's disciplines, and the cycles every site shares.</summary>
public static class CourseChoices
{
    public static async Task<IReadOnlyList<SelectListItem>> DisciplinesAsync(
        this ReinscriptionDbContext db, int siteId, int selected, CancellationToken cancellationToken) =>
        await db.Disciplines.AsNoTracking().Where(d => d.SiteId == siteId).OrderBy(d => d.Name)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture), d.Id == selected))
            .ToListAsync(cancellationToken);

    public static async Task<IReadOnlyList<SelectListItem>> CyclesAsync(this ReinscriptionDbContext db, int? selected, CancellationToken cancellationToken) =>
        await db.Cycles.AsNoTracking().OrderBy(c => c.Number).ThenBy(c => c.Year)
            .Select(c => new SelectListItem(c.Code, c.Id.ToString(CultureInfo.InvariantCulture), c.Id == selected))
            .ToListAsync(cancellationToken);
}
