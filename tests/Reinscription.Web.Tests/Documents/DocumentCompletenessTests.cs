using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Web.Documents;
using Reinscription.Web.Tests.Infrastructure;
using Reinscription.Web.Tests.Pages.Admin.Demandes;

namespace Reinscription.Web.Tests.Documents;

/// <summary>
/// The lists of thousands of requests read documents through one SQL statement (DocumentCompleteness), the
/// family and staff pages through DocumentQueries: both must say the same of every line of every student.
/// </summary>
public class DocumentCompletenessTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_set_based_query_agrees_with_the_pages_on_every_line_of_every_student()
    {
        var demo = await App.SeedDemoAsync();
        var now = DateTimeOffset.UtcNow;

        // Dupont (resident, SEPA): an address proof validated then replaced by a refused one, the CAF attestation
        // waiting for staff, an optional line refused, the bank details validated, the SEPA mandate validated last
        // year (carried over), Emma's dance certificate missing. Martin (resident, no SEPA): nothing given.
        await App.AddDocumentAsync(demo.Lucas, "Justificatif de domicile de moins", DocumentState.Validated, now.AddDays(-20));
        await App.AddDocumentAsync(demo.Lucas, "Justificatif de domicile de moins", DocumentState.Refused, now.AddDays(-2));
        await App.AddDocumentAsync(demo.Lucas, "Attestation CAF", DocumentState.Provided);
        await App.AddDocumentAsync(demo.Lucas, "Attestation de non-remise", DocumentState.Refused);
        await App.AddDocumentAsync(demo.Lucas, "RIB pour", DocumentState.Validated);
        await App.WithDbAsync(async db =>
        {
            var thisYear = await db.SchoolYears.SingleAsync(y => y.IsCurrent);
            var mandate = new DocumentRequirement(demo.Meudon.Id, thisYear.Id, RequirementScope.Family, "Mandat SEPA 2025",
                RequirementCondition.SepaPayment, DocumentKind.SepaMandate);
            mandate.KeepValidFor(36);
            db.DocumentRequirements.Add(mandate);
            await db.SaveChangesAsync();
            var familyId = await db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.FamilyId).SingleAsync();
            var document = new SubmittedDocument(mandate.Id, familyId, null, new StoredFile("mandat.pdf", "application/pdf", [1]), now.AddMonths(-3));
            document.Validate(await db.StaffMembers.Select(s => s.Id).FirstAsync(), now.AddMonths(-3));
            db.SubmittedDocuments.Add(document);
            await db.SaveChangesAsync();
        });

        var (fromSql, sqlSummaries, fromPages, pageSummaries, mandateId) = await App.WithDbAsync(async db =>
        {
            var nextYear = await db.SchoolYears.SingleAsync(y => y.StartYear == 2026);
            var lines = (await db.OwedDocuments(demo.Meudon.Id, nextYear.Id, now).ToListAsync())
                .Select(o => new Line(o.StudentId, o.RequirementId,
                    o.LatestState ?? (o.CarriedOver ? nameof(DocumentState.Validated) : nameof(DocumentState.ToProvide)), o.IsMissing))
                .ToList();
            var summaries = (await db.StudentDocuments(demo.Meudon.Id, nextYear.Id, now).ToListAsync())
                .Select(s => new Summary(s.StudentId, s.HasMissing, s.HasUnsettled))
                .ToList();

            var students = await db.Students.Include(s => s.Family).ThenInclude(f => f!.Students)
                .Where(s => s.Family!.SiteId == demo.Meudon.Id)
                .ToListAsync();
            var expectedLines = new List<Line>();
            var expectedSummaries = new List<Summary>();
            foreach (var student in students)
            {
                var statuses = (await db.RequirementStatusesAsync(student.Family!, nextYear.Id, [null, student.Id], now, CancellationToken.None))
                    .SelectMany(s => s)
                    .ToList();
                expectedLines.AddRange(statuses.Select(s => new Line(student.Id, s.Requirement.Id, s.State.ToString(), s.IsMissing)));
                expectedSummaries.Add(new Summary(
                    student.Id,
                    statuses.Any(s => s.IsMissing),
                    statuses.Any(s => s.State == DocumentState.Provided || (s.Requirement.IsMandatory && s.State != DocumentState.Validated))));
            }

            var mandate = await db.DocumentRequirements.Where(r => r.SchoolYearId == nextYear.Id && r.Kind == DocumentKind.SepaMandate).Select(r => r.Id).SingleAsync();
            return (lines, summaries, expectedLines, expectedSummaries, mandate);
        });

        Assert.Equal(fromPages.OrderBy(l => (l.Student, l.Requirement)), fromSql.OrderBy(l => (l.Student, l.Requirement)));
        Assert.Equal(pageSummaries.OrderBy(s => s.Student), sqlSummaries.OrderBy(s => s.Student));
        Assert.Contains(new Line(demo.Lucas, mandateId, nameof(DocumentState.Validated), Missing: false), fromSql);
        Assert.Contains(fromSql, l => l.Student == demo.Lucas && l is { State: nameof(DocumentState.Refused), Missing: true });
        Assert.Contains(new Summary(demo.Emma, Missing: true, Unsettled: true), sqlSummaries);
    }

    private sealed record Line(int Student, int Requirement, string State, bool Missing);

    private sealed record Summary(int Student, bool Missing, bool Unsettled);
}
