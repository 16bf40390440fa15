using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Famille;

/// <summary>The "Documents" tab of the family: which lines it owes, and what an earlier year still covers.</summary>
public class DocumentsTests(AppFixture app) : AppTest(app)
{
    private const string FamilyPage = "/Famille/Documents";

    [Fact]
    public async Task A_sepa_mandate_validated_last_year_and_still_valid_is_carried_over_but_an_address_proof_never_is()
    {
        var demo = await App.SeedDemoAsync();
        await AddValidatedLastYearAsync(demo.Meudon, DocumentKind.SepaMandate, DateTimeOffset.UtcNow.AddMonths(-8));
        await AddValidatedLastYearAsync(demo.Meudon, DocumentKind.AddressProof, DateTimeOffset.UtcNow.AddMonths(-8));
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var mandateLine = await App.RequirementIdAsync("Mandat de prélèvement SEPA");
        var addressLine = await App.RequirementIdAsync("Justificatif de domicile de moins");

        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal("Validé (reconduit)", page.TextOf($"#piece-{mandateLine} td.etat"));
        Assert.Equal("SepaMandate.pdf", page.QuerySelector($"#piece-{mandateLine} td")!.TextContent.Trim());
        Assert.Null(page.QuerySelector($"#piece-{mandateLine} form"));
        Assert.Equal("À fournir", page.TextOf($"#piece-{addressLine} td.etat"));
    }

    [Fact]
    public async Task A_sepa_mandate_validated_beyond_its_validity_is_not_carried_over()
    {
        var demo = await App.SeedDemoAsync();
        await AddValidatedLastYearAsync(demo.Meudon, DocumentKind.SepaMandate, DateTimeOffset.UtcNow.AddMonths(-37));
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");

        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal("À fournir", page.TextOf($"#piece-{await App.RequirementIdAsync("Mandat de prélèvement SEPA")} td.etat"));
    }

    /// <summary>A current-year line of <paramref name="kind"/> for dupont1, with a file staff validated at <paramref name="validatedAt"/>.</summary>
    private Task AddValidatedLastYearAsync(Site site, DocumentKind kind, DateTimeOffset validatedAt) =>
        App.WithDbAsync(async db =>
        {
            var year = await db.SchoolYears.SingleAsync(y => y.IsCurrent);
            var family = await db.Families.SingleAsync(f => f.SiteId == site.Id && f.Identifier == "dupont1");
            var staff = await db.StaffMembers.FirstAsync();
            var requirement = new DocumentRequirement(site.Id, year.Id, RequirementScope.Family, $"{kind} {year.Label}", RequirementCondition.Always, kind);
            db.DocumentRequirements.Add(requirement);
            await db.SaveChangesAsync();
            var document = new SubmittedDocument(
                requirement.Id, family.Id, null, new StoredFile($"{kind}.pdf", "application/pdf", TestFiles.Pdf(["x"])), validatedAt.AddDays(-1));
            document.Validate(staff.Id, validatedAt);
            db.SubmittedDocuments.Add(document);
            await db.SaveChangesAsync();
        });
}
