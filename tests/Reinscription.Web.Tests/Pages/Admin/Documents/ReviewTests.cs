using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Documents;

public class ReviewTests(AppFixture app) : AppTest(app)
{
    private const string FamilyPage = "/Famille/Documents";

    [Fact]
    public async Task A_caf_attestation_dated_five_months_ago_shows_qf_712_and_the_age_flag_in_the_staff_queue()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var caf = await App.RequirementIdAsync("Attestation CAF");
        var dated = ParisTime.Today(DateTimeOffset.UtcNow).AddMonths(-5);
        var attestation = TestFiles.Pdf([
            "Caisse d'Allocations Familiales - Attestation de paiement",
            "Quotient familial : 712",
            $"Fait le {dated.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)}",
        ]);
        (await dupont.UploadAsync(FamilyPage, caf, attestation, "attestation caf.pdf")).Dispose();
        using var staff = await SignInSecretariatAsync();

        var queue = await staff.GetPageAsync("/Admin/Documents");

        var hints = queue.TextOf("#documents td.indices");
        Assert.StartsWith("QF 712", hints, StringComparison.Ordinal);
        Assert.EndsWith("plus de 3 mois", hints, StringComparison.Ordinal);
        Assert.Contains("dupont1", queue.TextOf("#documents tbody tr"), StringComparison.Ordinal);
        Assert.Equal("1", queue.QuerySelectorAll("#documents tbody td")[5].TextContent);
    }

    [Fact]
    public async Task Validation_by_staff_changes_the_familys_view_and_sends_the_email()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        (await dupont.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Quittance"]), "quittance.pdf")).Dispose();
        var documentId = await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.Id).SingleAsync());
        using var staff = await SignInSecretariatAsync();

        using var decided = await staff.SubmitAsync($"/Admin/Documents/Detail/{documentId}", new Dictionary<string, string>(), "#valider");
        var page = await dupont.GetPageAsync(FamilyPage);
        var queue = await staff.GetPageAsync("/Admin/Documents");

        Assert.Equal(HttpStatusCode.Redirect, decided.StatusCode);
        Assert.Equal("Validé", page.TextOf($"#piece-{address} td.etat"));
        Assert.Null(page.QuerySelector($"#piece-{address} form"));
        Assert.Equal("Aucun document en attente sur vos sites.", queue.TextOf("#aucun"));
        var mail = await App.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Document validé", mail.Subject);
        Assert.Contains("Justificatif de domicile de moins de 3 mois", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_refusal_needs_a_reason_shows_it_to_the_family_and_mails_a_link_to_the_line()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var medical = await App.RequirementIdAsync("Certificat médical DANSE");
        var tab = $"/Eleves/Documents/{demo.Emma}";
        (await dupont.UploadAsync(tab, medical, TestFiles.Pdf(["Certificat"]), "certificat.pdf")).Dispose();
        var documentId = await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.Id).SingleAsync());
        using var staff = await SignInSecretariatAsync();

        using var blank = await staff.SubmitAsync($"/Admin/Documents/Detail/{documentId}", new Dictionary<string, string> { ["Input.Reason"] = " " }, "#refuser");
        Assert.Equal("Indiquez le motif du refus : il est envoyé à la famille.",
            (await HtmlClient.ParseAsync(blank)).TextOf("[data-valmsg-for='Input.Reason']"));
        Assert.Equal(DocumentState.Provided, await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.State).SingleAsync()));

        using var refused = await staff.SubmitAsync($"/Admin/Documents/Detail/{documentId}", new Dictionary<string, string>
        {
            ["Input.Reason"] = "Certificat de plus de 3 mois",
        }, "#refuser");
        var page = await dupont.GetPageAsync(tab);

        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Equal("Refusé : Certificat de plus de 3 mois", page.TextOf($"#piece-{medical} td.etat"));
        Assert.Equal("certificat.pdf", page.QuerySelector($"#piece-{medical} td")!.TextContent.Trim());
        Assert.Equal("Remplacer", page.TextOf($"#piece-{medical} form.importer button"));
        var mail = await App.Mail.WaitForMailToAsync("dupont@example.org");
        Assert.Equal("Document refusé", mail.Subject);
        Assert.Contains("« Certificat médical DANSE »", mail.Text, StringComparison.Ordinal);
        Assert.Contains("Motif : Certificat de plus de 3 mois", mail.Text, StringComparison.Ordinal);
        Assert.Contains($"/Eleves/Documents/{demo.Emma}#piece-{medical}", mail.Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Staff_of_another_site_can_neither_see_nor_download_nor_decide_a_document()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        (await dupont.UploadAsync(FamilyPage, await App.RequirementIdAsync("Justificatif de domicile de moins"), TestFiles.Pdf(["Q"]), "q.pdf")).Dispose();
        var documentId = await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.Id).SingleAsync());
        var sevres = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Sèvres"));
        await App.AddStaffAsync("agent.sevres@example.org", DemoSeeder.StaffPassword, (sevres, Domain.Staff.StaffRole.Admin));
        using var staff = App.Factory.CreateBrowser();
        (await staff.SignInStaffAsync("agent.sevres@example.org", DemoSeeder.StaffPassword)).Dispose();
        var queue = await staff.GetPageAsync("/Admin/Documents");

        using var download = await staff.GetAsync(new Uri($"/Admin/Documents/Consulter/{documentId}", UriKind.Relative));
        using var detail = await staff.GetAsync(new Uri($"/Admin/Documents/Detail/{documentId}", UriKind.Relative));
        using var validate = await staff.PostWithTokenAsync(queue, $"/Admin/Documents/Detail/{documentId}?handler=Valider", new Dictionary<string, string>());

        Assert.NotNull(queue.QuerySelector("#aucun"));
        Assert.Equal([HttpStatusCode.NotFound, HttpStatusCode.NotFound, HttpStatusCode.NotFound], [download.StatusCode, detail.StatusCode, validate.StatusCode]);
        Assert.Equal(DocumentState.Provided, await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task The_missing_documents_page_lists_the_mandatory_lines_still_to_provide_or_refused()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        (await dupont.UploadAsync(FamilyPage, await App.RequirementIdAsync("Justificatif de domicile de moins"), TestFiles.Pdf(["Q"]), "q.pdf")).Dispose();
        var familyId = await App.WithDbAsync(db => db.Families.Where(f => f.SiteId == demo.Meudon.Id && f.Identifier == "dupont1").Select(f => f.Id).SingleAsync());
        using var staff = await SignInSecretariatAsync();

        var families = await staff.GetPageAsync("/Admin/Documents/Manquantes");
        var missing = await staff.GetPageAsync($"/Admin/Documents/Manquantes/{familyId}");

        Assert.Contains(families.QuerySelectorAll("#familles a"), a => a.GetAttribute("href") == $"/Admin/Documents/Manquantes/{familyId}");
        var rows = missing.RowsOf("#manquantes");
        Assert.DoesNotContain(rows, r => r[1].StartsWith("Justificatif de domicile", StringComparison.Ordinal));
        Assert.Contains(rows, r => r[0] == "Famille" && r[1].StartsWith("Attestation CAF", StringComparison.Ordinal) && r[2] == "À fournir");
        Assert.Contains(rows, r => r[0] == "Emma DUPONT" && r[1] == "Certificat médical DANSE");
        Assert.DoesNotContain(rows, r => r[1].Contains("facultatif", StringComparison.Ordinal));
    }

    private async Task<HttpClient> SignInSecretariatAsync()
    {
        var client = App.Factory.CreateBrowser();
        using var response = await client.SignInStaffAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }
}
