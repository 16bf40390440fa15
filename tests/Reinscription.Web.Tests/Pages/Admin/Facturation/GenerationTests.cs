using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Facturation;

/// <summary>
/// Next year's invoices: from a CAF attestation whose quotient staff typed at validation and a validated
/// request, the family's invoice comes to what the public simulator answers for the same inputs.
/// </summary>
public class GenerationTests(AppFixture app) : AppTest(app)
{
    private const string FamilyDocuments = "/Famille/Documents";

    [Fact]
    public async Task A_validated_caf_attestation_and_request_give_the_invoice_the_simulator_announces()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var caf = await App.RequirementIdAsync("Attestation CAF");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var dated = ParisTime.Today(DateTimeOffset.UtcNow).AddDays(-10).ToString("dd/MM/yyyy", CultureInfo.InvariantCulture);
        (await martin.UploadAsync(FamilyDocuments, caf, TestFiles.Pdf(["Attestation de paiement CAF", "Quotient familial : 712", $"Fait le {dated}"]), "caf.pdf")).Dispose();
        (await martin.UploadAsync(FamilyDocuments, address, TestFiles.Pdf(["Quittance"]), "quittance.pdf")).Dispose();
        using var staff = await App.SignInStaffAsync();
        var cafDocument = await DocumentIdAsync(caf);
        var detail = await staff.GetPageAsync($"/Admin/Documents/Detail/{cafDocument}");

        Assert.Equal("712", detail.QuerySelector("#Income_Quotient")!.GetAttribute("value"));
        using (var refused = await staff.SubmitAsync(detail, $"/Admin/Documents/Detail/{cafDocument}", new Dictionary<string, string> { ["Income.Quotient"] = "sept cents" }, "#valider"))
        {
            Assert.Equal("Saisissez le quotient familial lu sur l'attestation, en chiffres (par exemple 712).",
                (await HtmlClient.ParseAsync(refused)).TextOf("[data-valmsg-for='Income.Quotient']"));
        }

        (await staff.SubmitAsync($"/Admin/Documents/Detail/{cafDocument}", new Dictionary<string, string> { ["Income.Quotient"] = "712" }, "#valider")).Dispose();
        (await staff.SubmitAsync($"/Admin/Documents/Detail/{await DocumentIdAsync(address)}", new Dictionary<string, string>(), "#valider")).Dispose();
        await App.ValidateRequestAsync(demo.Chloe);

        await staff.GenerateInvoicesAsync(demo.Meudon.Id);
        var billing = await martin.GetPageAsync("/Facturation");
        var simulator = await App.Factory.CreateBrowser().GetPageAsync(
            "/Simulateur?Input.Quotient=712&Input.IsResident=true&Input.Children[0].Categories=FullCursus");

        var number = $"C2026-{await MartinIdAsync():D6}";
        var invoice = billing.QuerySelector($"#facture-{number}")!;
        Assert.Equal("Tranche 4 : quotient familial 712 (attestation CAF validée).", billing.TextOf("#tranche"));
        Assert.Equal(
            ["Frais de dossier | 20,00 €", "Cursus complet - MARTIN Chloé (tranche 4) | 201,00 €"],
            invoice.QuerySelectorAll(".invoice-lines tbody tr").Select(Row).ToList());
        Assert.Equal("Total : 221,00 €", invoice.QuerySelector(".invoice-total")!.TextContent.Trim().Plain());
        Assert.Equal("221,00 €", simulator.TextOf("#total").Plain());
        Assert.Single(invoice.QuerySelectorAll(".invoice-instalments tbody tr"));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "document.income-confirmed")));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "invoice.created")));
    }

    [Fact]
    public async Task Without_a_validated_income_document_the_family_pays_the_ceiling_and_is_told_why()
    {
        var demo = await App.SeedDemoAsync();
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        await App.ValidateRequestAsync(demo.Chloe);
        using var staff = await App.SignInStaffAsync();

        await staff.GenerateInvoicesAsync(demo.Meudon.Id);
        var billing = await martin.GetPageAsync("/Facturation");
        var overview = await staff.GetPageAsync($"/Admin/Facturation?siteId={demo.Meudon.Id}");
        var simulator = await App.Factory.CreateBrowser().GetPageAsync("/Simulateur?Input.IsResident=true&Input.Children[0].Categories=FullCursus");

        const string Reason = "Tranche 11 (tranche plafond) : la résidence sur le territoire n'est pas justifiée (justificatif de domicile non validé) ; " +
                              "aucun justificatif de revenus (attestation CAF ou avis d'imposition) n'a été validé.";
        Assert.Equal(Reason, billing.TextOf("#tranche"));
        Assert.Equal(Reason, overview.TextOf("#famille-martin1 .tranche"));
        var invoice = billing.QuerySelector($"#facture-C2026-{await MartinIdAsync():D6}")!;
        Assert.Contains("Cursus complet - MARTIN Chloé (tranche 11) | 516,00 €", invoice.QuerySelectorAll(".invoice-lines tbody tr").Select(Row));
        Assert.Equal("Total : 536,00 €", invoice.QuerySelector(".invoice-total")!.TextContent.Trim().Plain());
        Assert.Equal("536,00 €", simulator.TextOf("#total").Plain());
    }

    [Fact]
    public async Task Generating_again_creates_no_second_invoice_recomputes_a_changed_family_and_keeps_a_paid_one()
    {
        var demo = await App.SeedDemoAsync();
        await App.ValidateRequestAsync(demo.Chloe);
        using var staff = await App.SignInStaffAsync();
        var martinId = await MartinIdAsync();

        await staff.GenerateInvoicesAsync(demo.Meudon.Id);
        await staff.GenerateInvoicesAsync(demo.Meudon.Id);
        Assert.Equal([536m], await NextYearTotalsAsync(martinId));
        var confirmation = (await staff.GetPageAsync($"/Admin/Facturation?siteId={demo.Meudon.Id}")).TextOf("#confirmation");
        Assert.Equal("Factures : 0 créée(s), 0 recalculée(s), 1 inchangée(s), 0 conservée(s) car déjà réglée(s) en partie.", confirmation);

        await App.WithDbAsync(async db =>
        {
            var family = await db.Families.SingleAsync(f => f.Id == martinId);
            family.IsResident = false;
            await db.SaveChangesAsync();
        });
        await staff.GenerateInvoicesAsync(demo.Meudon.Id);
        Assert.Equal([740m], await NextYearTotalsAsync(martinId));

        var invoiceId = await App.WithDbAsync(db => db.Invoices.Where(i => i.FamilyId == martinId && i.SchoolYear!.StartYear == 2026).Select(i => i.Id).SingleAsync());
        using (var tooMuch = await staff.SubmitAsync($"/Admin/Facturation/Famille/{martinId}", new Dictionary<string, string>
               {
                   ["Payment.PaidOn"] = "2026-11-20", ["Payment.Amount"] = "800", ["Payment.Method"] = "Cheque",
               }, $"#facture-C2026-{martinId:D6} form.reglement"))
        {
            Assert.Equal("Le montant dépasse le solde de la facture (740,00 €).", (await HtmlClient.ParseAsync(tooMuch)).TextOf("[data-valmsg-for='Payment.Amount']").Plain());
        }

        using (var paid = await staff.SubmitAsync($"/Admin/Facturation/Famille/{martinId}", new Dictionary<string, string>
               {
                   ["Payment.PaidOn"] = "2026-11-20", ["Payment.Amount"] = "100", ["Payment.Method"] = "Cheque",
               }, $"#facture-C2026-{martinId:D6} form.reglement"))
        {
            Assert.Equal(HttpStatusCode.Redirect, paid.StatusCode);
        }

        await App.WithDbAsync(async db =>
        {
            var family = await db.Families.SingleAsync(f => f.Id == martinId);
            family.IsResident = true;
            await db.SaveChangesAsync();
        });
        await staff.GenerateInvoicesAsync(demo.Meudon.Id);

        Assert.Equal([740m], await NextYearTotalsAsync(martinId));
        Assert.True(await App.WithDbAsync(db => db.Invoices.Where(i => i.Id == invoiceId).Select(i => i.HasPayments).SingleAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "payment.recorded")));
        Assert.Equal(1, await App.WithDbAsync(db => db.AuditLog.CountAsync(a => a.Action == "invoice.recomputed")));
    }

    [Fact]
    public async Task Staff_of_another_site_get_404_on_a_meudon_family_and_its_debits()
    {
        var demo = await App.SeedDemoAsync();
        var sevres = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Sèvres"));
        await App.AddStaffAsync("agent.sevres@example.org", Reinscription.Web.Data.Demo.DemoSeeder.StaffPassword, (sevres, Domain.Staff.StaffRole.Admin));
        using var staff = await App.SignInStaffAsync("agent.sevres@example.org");

        await staff.GetPageAsync($"/Admin/Facturation/Famille/{await MartinIdAsync()}", HttpStatusCode.NotFound);
        await staff.GetPageAsync($"/Admin/Facturation/Prelevements?siteId={demo.Meudon.Id}", HttpStatusCode.NotFound);
        await staff.GetPageAsync($"/Admin/Facturation?siteId={demo.Meudon.Id}", HttpStatusCode.NotFound);
        var own = await staff.GetPageAsync("/Admin/Facturation");
        Assert.Equal("Facturation - Sèvres", own.TextOf("main h1"));
    }

    private Task<int> DocumentIdAsync(int requirementId) =>
        App.WithDbAsync(db => db.SubmittedDocuments.Where(d => d.RequirementId == requirementId).Select(d => d.Id).SingleAsync());

    private Task<int> MartinIdAsync() =>
        App.WithDbAsync(db => db.Families.Where(f => f.Identifier == "martin1").Select(f => f.Id).SingleAsync());

    private Task<List<decimal>> NextYearTotalsAsync(int familyId) =>
        App.WithDbAsync(db => db.Invoices.Where(i => i.FamilyId == familyId && i.SchoolYear!.StartYear == 2026)
            .Select(i => i.Lines.Sum(l => l.Amount)).ToListAsync());

    private static string Row(AngleSharp.Dom.IElement row) =>
        string.Join(" | ", row.Children.Select(c => string.Join(' ', c.TextContent.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))).Plain();
}
