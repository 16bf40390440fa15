using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Documents;

/// <summary>
/// "Pièces manquantes": the families of the staff member's sites, and for the one chosen, the
/// mandatory lines that apply to it and are still to provide or refused.
/// </summary>
public class ManquantesModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<FamilyChoice> Families { get; private set; } = [];

    public string? Identifier { get; private set; }

    public IReadOnlyList<MissingLine> Missing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? id, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        if (id is null)
        {
            Families = await db.Families.AsNoTracking()
                .Where(f => sites.Contains(f.SiteId))
                .OrderBy(f => f.Site!.Name).ThenBy(f => f.Identifier)
                .Select(f => new FamilyChoice(f.Id, f.Site!.Name, f.Identifier, f.Guardian1.LastName))
                .ToListAsync(cancellationToken);
            return Page();
        }

        var family = await db.Families.AsNoTracking().Include(f => f.Students)
            .SingleOrDefaultAsync(f => f.Id == id && sites.Contains(f.SiteId), cancellationToken);
        if (family is null)
        {
            return NotFound();
        }

        Identifier = family.Identifier;
        var now = clock.GetUtcNow();
        var period = await db.DocumentsPeriodAsync(family.SiteId, now, cancellationToken);
        var owners = family.Students.OrderBy(s => s.BirthDate)
            .Select(s => (Id: (int?)s.Id, Whose: $"{s.FirstName} {s.LastName.ToUpperInvariant()}"))
            .Prepend((Id: null, Whose: "Famille"))
            .ToList();
        var statuses = await db.RequirementStatusesAsync(family, period.SchoolYearId, [.. owners.Select(o => o.Id)], now, cancellationToken);
        Missing = [.. owners.Zip(statuses).SelectMany(pair => pair.Second.Where(s => s.IsMissing)
            .Select(s => new MissingLine(pair.First.Whose, s.Requirement.Name, s.StateLabel)))];
        return Page();
    }

    public sealed record FamilyChoice(int Id, string Site, string Identifier, string LastName);

    public sealed record MissingLine(string Whose, string Requirement, string State);
}
