using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Facturation;

/// <summary>A site's families for next year's billing: each one's bracket and why, its way of paying and its invoice.</summary>
public sealed record BillingOverview(Site Site, SchoolYear? Year, TariffGrid? Grid, IReadOnlyList<FamilyBillingRow> Families)
{
    /// <summary>The site among the staff member's, or null (404) when it is not one of them.</summary>
    public static async Task<BillingOverview?> LoadAsync(
        ReinscriptionDbContext db, int staffId, int siteId, int? familyId, DateOnly today, CancellationToken cancellationToken)
    {
        var site = await db.SitesOf(staffId).AsNoTracking().SingleOrDefaultAsync(s => s.Id == siteId, cancellationToken);
        if (site is null)
        {
            return null;
        }

        var year = await db.NextYearCampaigns().Where(c => c.SiteId == siteId).OrderBy(c => c.OpensAt).AsNoTracking().Select(c => c.TargetSchoolYear).FirstOrDefaultAsync(cancellationToken);
        var grid = year is null ? null : await db.GridOfYearAsync(year.Id, cancellationToken);
        var families = await db.Families.AsNoTracking()
            .Where(f => f.SiteId == siteId && (familyId == null || f.Id == familyId))
            .OrderBy(f => f.Identifier)
            .Select(f => new { f.Id, f.Identifier, f.Guardian1.LastName, f.Guardian1.FirstName, f.PaysBySepa, HasMandate = f.SepaMandate != null })
            .ToListAsync(cancellationToken);
        if (year is null || grid is null || grid.Brackets.Count == 0)
        {
            return new BillingOverview(site, year, null, [.. families.Select(f => new FamilyBillingRow(
                f.Id, f.Identifier, $"{f.LastName.ToUpperInvariant()} {f.FirstName}", f.PaysBySepa, f.HasMandate, null, []))]);
        }

        var ids = families.Select(f => f.Id).ToList();
        var facts = await db.TariffFactsAsync(ids, year.Id, today, cancellationToken);
        var invoices = (await db.Invoices.AsNoTracking()
            .Where(i => ids.Contains(i.FamilyId) && i.SchoolYearId == year.Id)
            .Select(i => new InvoiceSummary(i.Id, i.FamilyId, i.Number, i.Kind, i.Lines.Sum(l => l.Amount), i.Payments.Sum(p => p.Amount)))
            .ToListAsync(cancellationToken)).ToLookup(i => i.FamilyId);
        return new BillingOverview(site, year, grid, [.. families.Select(f => new FamilyBillingRow(
            f.Id, f.Identifier, $"{f.LastName.ToUpperInvariant()} {f.FirstName}", f.PaysBySepa, f.HasMandate,
            FamilyTariff.Of(grid, facts[f.Id]), [.. invoices[f.Id].OrderBy(i => i.Kind)]))]);
    }
}

public sealed record FamilyBillingRow(
    int Id,
    string Identifier,
    string Guardian,
    bool PaysBySepa,
    bool HasMandate,
    FamilyTariff? Tariff,
    IReadOnlyList<InvoiceSummary> Invoices)
{
    public string PaymentLabel => PaysBySepa
        ? HasMandate ? "8 prélèvements SEPA" : "SEPA, mandat manquant"
        : "En une fois";
}

public sealed record InvoiceSummary(int Id, int FamilyId, string Number, InvoiceKind Kind, decimal Total, decimal Paid)
{
    public decimal Balance => Total - Paid;
}
