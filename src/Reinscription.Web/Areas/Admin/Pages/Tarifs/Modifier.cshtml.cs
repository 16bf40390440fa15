using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Tarifs;

/// <summary>
/// A year's grid: amounts, bounds, fees. Admins change it; brackets that overlap or leave a gap are
/// refused next to the bound at fault. Invoices not yet paid follow at the next generation.
/// </summary>
public class ModifierModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    [BindProperty]
    public GridInput Input { get; set; } = new();

    public TariffGrid Grid { get; private set; } = null!;

    public bool CanEdit { get; private set; }

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int yearId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(yearId, cancellationToken))
        {
            return NotFound();
        }

        Input = GridInput.From(Grid);
        return Page();
    }

    /// <summary>Another bracket, a copy of the last, for the admin to split the ceiling.</summary>
    public async Task<IActionResult> OnPostAjouterAsync(int yearId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(yearId, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        ModelState.Clear();
        var last = Input.Brackets.LastOrDefault() ?? new BracketInput();
        Input.Brackets.Add(new BracketInput { Resident = [.. last.Resident], NonResident = [.. last.NonResident] });
        return Page();
    }

    public async Task<IActionResult> OnPostRetirerAsync(int yearId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(yearId, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        ModelState.Clear();
        if (Input.Brackets.Count > 1)
        {
            Input.Brackets.RemoveAt(Input.Brackets.Count - 1);
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int yearId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(yearId, cancellationToken) || !CanEdit)
        {
            return NotFound();
        }

        if (Input.Read(ModelState) is not { } content)
        {
            return Page();
        }

        var grid = await db.TariffGrids.Include(g => g.SchoolYear).Include(g => g.Brackets).ThenInclude(b => b.Amounts).AsSplitQuery()
            .SingleAsync(g => g.SchoolYearId == yearId, cancellationToken);
        var before = (grid.FileFee, grid.SecondChildReductionPercent, grid.FurtherChildReductionPercent, grid.RentalResidentAmount,
            grid.RentalNonResidentAmount, Bounds: string.Join(" ", grid.BracketsInOrder.Select(b => $"{b.MinQuotient}-{b.MaxQuotient}")));
        var fees = content.Fees;
        grid.ChangeFees(fees[0], fees[1], fees[2], fees[3], fees[4]);
        grid.ReplaceBrackets(content.Brackets);
        db.Audit(User, clock.GetUtcNow(), null, "tariffs.changed", "Grille tarifaire", grid.SchoolYear!.Label,
            $"Grille tarifaire {grid.SchoolYear.Label} modifiée.",
            AuditLog.Diff(
                ("Frais de dossier", before.FileFee, grid.FileFee),
                ("Réduction 2e enfant (%)", before.SecondChildReductionPercent, grid.SecondChildReductionPercent),
                ("Réduction 3e enfant et suivants (%)", before.FurtherChildReductionPercent, grid.FurtherChildReductionPercent),
                ("Location (résidents)", before.RentalResidentAmount, grid.RentalResidentAmount),
                ("Location (non-résidents)", before.RentalNonResidentAmount, grid.RentalNonResidentAmount),
                ("Tranches", before.Bounds, string.Join(" ", grid.BracketsInOrder.Select(b => $"{b.MinQuotient}-{b.MaxQuotient}")))));
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = $"Grille tarifaire {grid.SchoolYear.Label} enregistrée.";
        return RedirectToPage(new { yearId });
    }

    private async Task<bool> LoadAsync(int yearId, CancellationToken cancellationToken)
    {
        var grid = await db.GridOfYearAsync(yearId, cancellationToken);
        if (grid is null)
        {
            return false;
        }

        Grid = grid;
        CanEdit = await db.SitesAdministeredBy(User.RequiredStaffId()).AnyAsync(cancellationToken);
        return true;
    }
}
