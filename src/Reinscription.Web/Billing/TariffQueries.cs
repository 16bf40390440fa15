using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Data;

namespace Reinscription.Web.Billing;

/// <summary>The grid of a year, and what a family's tariff follows from, read the same way on every page.</summary>
public static class TariffQueries
{
    public static Task<TariffGrid?> GridOfYearAsync(this ReinscriptionDbContext db, int schoolYearId, CancellationToken cancellationToken) =>
        db.TariffGrids.AsNoTracking()
            .Include(g => g.SchoolYear)
            .Include(g => g.Brackets).ThenInclude(b => b.Amounts)
            .AsSplitQuery()
            .SingleOrDefaultAsync(g => g.SchoolYearId == schoolYearId, cancellationToken);

    /// <summary>
    /// The facts of each family for <paramref name="schoolYearId"/>: its declared residency, the income
    /// and address documents staff validated for that year, and its children under 20 on <paramref name="today"/>.
    /// </summary>
    public static async Task<IReadOnlyDictionary<int, TariffFacts>> TariffFactsAsync(
        this ReinscriptionDbContext db,
        IReadOnlyCollection<int> familyIds,
        int schoolYearId,
        DateOnly today,
        CancellationToken cancellationToken)
    {
        var families = await db.Families.AsNoTracking().Where(f => familyIds.Contains(f.Id))
            .Select(f => new { f.Id, f.IsResident })
            .ToListAsync(cancellationToken);
        var birthDates = (await db.Students.AsNoTracking().Where(s => familyIds.Contains(s.FamilyId))
            .Select(s => new { s.FamilyId, s.BirthDate })
            .ToListAsync(cancellationToken)).ToLookup(s => s.FamilyId, s => s.BirthDate);
        DocumentKind[] kinds = [DocumentKind.AddressProof, DocumentKind.CafAttestation, DocumentKind.TaxNotice];
        var documents = (await db.SubmittedDocuments.AsNoTracking()
            .Where(d => familyIds.Contains(d.FamilyId) && d.State == DocumentState.Validated
                        && d.Requirement!.SchoolYearId == schoolYearId && kinds.Contains(d.Requirement.Kind))
            .OrderByDescending(d => d.ReviewedAt)
            .Select(d => new { d.FamilyId, d.Requirement!.Kind, d.QuotientFamilial, d.ReferenceTaxIncome, d.TaxShares })
            .ToListAsync(cancellationToken)).ToLookup(d => d.FamilyId);
        return families.ToDictionary(f => f.Id, f =>
        {
            var own = documents[f.Id].ToList();
            var children = birthDates[f.Id].Count(birth => AgeOn(birth, today) < TariffFacts.CafRuleAge);
            return new TariffFacts(
                f.IsResident,
                own.Any(d => d.Kind == DocumentKind.AddressProof),
                children,
                own.FirstOrDefault(d => d.Kind == DocumentKind.CafAttestation && d.QuotientFamilial is not null)?.QuotientFamilial,
                [.. own.Where(d => d.Kind == DocumentKind.TaxNotice && d.ReferenceTaxIncome is not null && d.TaxShares is not null)
                    .Select(d => new TaxNoticeFigures(d.ReferenceTaxIncome!.Value, d.TaxShares!.Value))]);
        });
    }

    /// <summary>
    /// The children each family re-enrols in <paramref name="campaignId"/> with a validated request:
    /// the disciplines they go on with next year give the categories billed, the loan the rental.
    /// </summary>
    public static async Task<ILookup<int, Enrolee>> ValidatedEnroleesAsync(
        this ReinscriptionDbContext db,
        int campaignId,
        int? familyId,
        CancellationToken cancellationToken)
    {
        var requests = await db.ReenrollmentRequests.AsNoTracking()
            .Where(r => r.CampaignId == campaignId && r.Status == RequestStatus.Validated
                        && (familyId == null || r.Student!.FamilyId == familyId))
            .OrderBy(r => r.Student!.BirthDate).ThenBy(r => r.StudentId)
            .Select(r => new
            {
                r.StudentId,
                r.Student!.FamilyId,
                r.Student.LastName,
                r.Student.FirstName,
                r.Student.BirthDate,
                r.InstrumentRental,
                Kinds = r.Choices.Where(c => c.Continues)
                    .Select(c => c.ChosenCourse != null ? c.ChosenCourse.Discipline!.Kind : c.CurrentEnrollment!.Course!.Discipline!.Kind)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        return requests.ToLookup(
            r => r.FamilyId,
            r => new Enrolee(
                $"{r.LastName.ToUpperInvariant()} {r.FirstName}",
                TariffCategories.Of(r.Kinds),
                r.InstrumentRental,
                r.StudentId,
                r.BirthDate));
    }

    private static int AgeOn(DateOnly birthDate, DateOnly day)
    {
        var age = day.Year - birthDate.Year;
        return birthDate.AddYears(age) > day ? age - 1 : age;
    }
}

/// <summary>A family's bracket for a year, and the sentence that says why.</summary>
public sealed record FamilyTariff(TariffBasis Basis, TariffBracket Bracket)
{
    public string Explanation => Basis.Explain(Bracket);

    public static FamilyTariff Of(TariffGrid grid, TariffFacts facts)
    {
        ArgumentNullException.ThrowIfNull(grid);
        ArgumentNullException.ThrowIfNull(facts);
        var basis = facts.Decide();
        return new FamilyTariff(basis, grid.BracketFor(basis.QuotientApplied));
    }
}
