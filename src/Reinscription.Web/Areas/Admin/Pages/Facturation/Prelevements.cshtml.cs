using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Facturation;

/// <summary>The month's SEPA debits of a site, and their export for the treasury: pain.008 (ISO 20022) and CSV.</summary>
public class PrelevementsModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public Site Site { get; private set; } = null!;

    /// <summary>The first day of the month shown.</summary>
    public DateOnly Month { get; private set; }

    public IReadOnlyList<DirectDebit> Debits { get; private set; } = [];

    public string MonthValue => Month.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    public string MonthLabel => Month.ToString("MMMM yyyy", CultureInfo.GetCultureInfo("fr-FR"));

    /// <summary>What stops an export: the creditor settings of the site.</summary>
    public string? Missing => Site.CreditorIdentifier.Length == 0 || Site.CreditorIban.Length == 0
        ? "Renseignez l'identifiant créancier SEPA (ICS) et l'IBAN du site dans ses paramètres avant d'exporter."
        : null;

    public async Task<IActionResult> OnGetAsync(int siteId, string? month, CancellationToken cancellationToken) =>
        await LoadAsync(siteId, month, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostXmlAsync(int siteId, string? month, CancellationToken cancellationToken) =>
        await ExportAsync(siteId, month, "xml", cancellationToken);

    public async Task<IActionResult> OnPostCsvAsync(int siteId, string? month, CancellationToken cancellationToken) =>
        await ExportAsync(siteId, month, "csv", cancellationToken);

    private async Task<IActionResult> ExportAsync(int siteId, string? month, string format, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(siteId, month, cancellationToken))
        {
            return NotFound();
        }

        if (Missing is not null)
        {
            ModelState.AddModelError("", Missing);
            return Page();
        }

        var now = clock.GetUtcNow();
        var messageId = string.Create(CultureInfo.InvariantCulture, $"REINS-{Site.Id}-{Month:yyyyMM}-{now:yyyyMMddHHmmss}");
        db.Audit(User, now, Site.Id, "sepa.exported", "Prélèvements", MonthValue,
            $"Prélèvements SEPA de {MonthLabel} exportés ({format.ToUpperInvariant()}) : {Debits.Count} opération(s), {FrenchFormat.Euros(Debits.Sum(d => d.Amount))}.");
        await db.SaveChangesAsync(cancellationToken);
        var name = $"prelevements-{Site.Name}-{MonthValue}";
        return format == "xml"
            ? File(SepaExport.Pain008(Site, Debits, now, messageId), "application/xml", $"{name}.xml")
            : File(SepaExport.Csv(Debits), "text/csv; charset=utf-8", $"{name}.csv");
    }

    private async Task<bool> LoadAsync(int siteId, string? month, CancellationToken cancellationToken)
    {
        var site = await db.SitesOf(User.RequiredStaffId()).AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return false;
        }

        Site = site;
        var today = ParisTime.Today(clock.GetUtcNow());
        Month = DateOnly.TryParseExact(month + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var chosen)
            ? chosen
            : new DateOnly(today.Year, today.Month, 1);
        Debits = await db.DebitsOfMonthAsync(siteId, Month, cancellationToken);
        return true;
    }
}
