using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Facturation;

/// <summary>
/// Facturation of a site for next year: each family's bracket and why, and the button that generates
/// (or brings up to date) the invoices of its validated requests.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, InvoiceGeneration generation, TimeProvider clock) : PageModel
{
    public IReadOnlyList<(int Id, string Name)> Sites { get; private set; } = [];

    public BillingOverview Overview { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int? siteId, CancellationToken cancellationToken)
    {
        var staffId = User.RequiredStaffId();
        Sites = [.. (await db.SitesOf(staffId).AsNoTracking().OrderBy(s => s.Name).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
            .Select(s => (s.Id, s.Name))];
        if (Sites.Count == 0)
        {
            return NotFound();
        }

        var overview = await BillingOverview.LoadAsync(
            db, staffId, siteId ?? Sites[0].Id, null, ParisTime.Today(clock.GetUtcNow()), cancellationToken);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        return Page();
    }

    public async Task<IActionResult> OnPostGenererAsync(int siteId, CancellationToken cancellationToken)
    {
        if (!await db.SitesOf(User.RequiredStaffId()).AnyAsync(s => s.Id == siteId, cancellationToken))
        {
            return NotFound();
        }

        var report = await generation.GenerateAsync(siteId, AuditActor.Of(User), cancellationToken);
        Confirmation = report.Problem ?? $"Factures : {report.Summary}.";
        return RedirectToPage(new { siteId });
    }
}
