using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Tarifs;

/// <summary>The territory's grids by school year; a year without one gets a copy of the year before's.</summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public IReadOnlyList<YearGrid> Years { get; private set; } = [];

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        CanEdit = await db.SitesAdministeredBy(User.RequiredStaffId()).AnyAsync(cancellationToken);
        Years = await db.SchoolYears.AsNoTracking().OrderByDescending(y => y.StartYear)
            .Select(y => new YearGrid(
                y.Id,
                y.StartYear,
                db.TariffGrids.Where(g => g.SchoolYearId == y.Id).Select(g => g.Brackets.Count()).FirstOrDefault(),
                db.TariffGrids.Any(g => g.SchoolYearId == y.Id),
                db.TariffGrids.Any(g => g.SchoolYear!.StartYear == y.StartYear - 1)))
            .ToListAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostCopierAsync(int yearId, CancellationToken cancellationToken)
    {
        if (!await db.SitesAdministeredBy(User.RequiredStaffId()).AnyAsync(cancellationToken))
        {
            return NotFound();
        }

        var year = await db.SchoolYears.AsNoTracking().SingleOrDefaultAsync(y => y.Id == yearId, cancellationToken);
        var previous = year is null ? 0
            : await db.TariffGrids.Where(g => g.SchoolYear!.StartYear == year.StartYear - 1).Select(g => g.SchoolYearId).SingleOrDefaultAsync(cancellationToken);
        if (year is null || previous == 0)
        {
            return NotFound();
        }

        var source = (await db.GridOfYearAsync(previous, cancellationToken))!;
        db.TariffGrids.Add(source.CopyFor(year.Id));
        db.Audit(User, clock.GetUtcNow(), null, "tariffs.copied", "Grille tarifaire", year.Label,
            $"Grille {year.Label} créée en copiant celle de {source.SchoolYear!.Label}.");
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The unique key on the year: someone copied it a moment ago; theirs stands.
            Confirmation = $"La grille {year.Label} existait déjà.";
            return RedirectToPage();
        }

        Confirmation = $"Grille {year.Label} créée à partir de {source.SchoolYear.Label} : ajustez-la.";
        return RedirectToPage("/Tarifs/Modifier", new { yearId });
    }

    public sealed record YearGrid(int Id, int StartYear, int BracketCount, bool HasGrid, bool PreviousHasGrid)
    {
        public string Label => $"{StartYear}-{StartYear + 1}";
    }
}
