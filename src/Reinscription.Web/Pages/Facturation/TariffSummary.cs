using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>What the family is told above its invoices: its bracket for the year documents are collected for and why, and how it pays.</summary>
public sealed record TariffSummary(string YearLabel, string? Explanation, bool PaysBySepa, SepaMandate? Mandate)
{
    public static async Task<TariffSummary?> LoadAsync(ReinscriptionDbContext db, int familyId, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var family = await db.Families.AsNoTracking().SingleAsync(f => f.Id == familyId, cancellationToken);
        var period = await db.DocumentsPeriodAsync(family.SiteId, now, cancellationToken);
        var grid = await db.GridOfYearAsync(period.SchoolYearId, cancellationToken);
        if (grid is null || grid.Brackets.Count == 0)
        {
            return new TariffSummary("", null, family.PaysBySepa, family.SepaMandate);
        }

        var facts = await db.TariffFactsAsync([familyId], period.SchoolYearId, ParisTime.Today(now), cancellationToken);
        return new TariffSummary(grid.SchoolYear!.Label, FamilyTariff.Of(grid, facts[familyId]).Explanation, family.PaysBySepa, family.SepaMandate);
    }
}
