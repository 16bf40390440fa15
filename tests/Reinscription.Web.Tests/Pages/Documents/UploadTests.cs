using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Documents;

public class UploadTests(AppFixture app) : AppTest(app)
{
    private const string FamilyPage = "/Famille/Documents";

    [Fact]
    public async Task A_pdf_a_jpeg_and_a_png_each_upload_and_appear_with_size_date_and_time()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var caf = await App.RequirementIdAsync("Attestation CAF");
        var bank = await App.RequirementIdAsync("RIB pour");
        var pdf = TestFiles.Pdf(["Quittance de loyer"]);

        using var first = await dupont.UploadAsync(FamilyPage, address, pdf, "quittance.pdf");
        using var second = await dupont.UploadAsync(FamilyPage, caf, TestFiles.Jpeg(), "caf.jpg");
        using var third = await dupont.UploadAsync(FamilyPage, bank, TestFiles.Png(), "rib.png");
        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.EndsWith($"/Famille/Documents#piece-{address}", first.Headers.Location!.OriginalString, StringComparison.Ordinal);
        Assert.Equal(
            ["Nom du document", "Nom du fichier", "Date", "Heure", "Taille (Mo)", "État", "Consulter", "Actions"],
            page.QuerySelectorAll("#pieces-famille thead th").Select(th => th.TextContent).ToArray());
        var today = ParisTime.FormatDate(DateTimeOffset.UtcNow);
        foreach (var (requirement, name) in new[] { (address, "quittance.pdf"), (caf, "caf.jpg"), (bank, "rib.png") })
        {
            var cells = page.QuerySelectorAll($"#piece-{requirement} td").Select(td => td.TextContent.Trim()).ToArray();
            Assert.Equal(name, cells[0]);
            Assert.Equal(today, cells[1]);
            Assert.Matches(@"^\d{2}:\d{2}$", cells[2]);
            Assert.Equal("0,00", cells[3]);
            Assert.Equal("Fourni", cells[4]);
            Assert.NotNull(page.QuerySelector($"#piece-{requirement} a[href^='/Documents/Consulter/']"));
            Assert.Equal("Remplacer", page.TextOf($"#piece-{requirement} form.importer button"));
        }

        Assert.Equal(3, await App.WithDbAsync(db => db.SubmittedDocuments.CountAsync()));
        var stored = await App.WithDbAsync(db => db.StoredFiles.SingleAsync(f => f.FileName == "quittance.pdf"));
        Assert.Equal("application/pdf", stored.ContentType);
        Assert.Equal(pdf, stored.Content);
    }

    [Fact]
    public async Task A_pdf_named_with_a_path_and_accents_is_listed_under_a_cleaned_name_and_written_nowhere_else()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var root = Directory.GetCurrentDirectory();
        var before = Directory.GetFiles(Path.GetFullPath(Path.Combine(root, "../..")), "*", SearchOption.TopDirectoryOnly).Length;

        using var response = await dupont.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Quittance"]), "../../Avis d'impôt é.pdf");
        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("Avis-d-impot-e.pdf", page.QuerySelector($"#piece-{address} td")!.TextContent.Trim());
        Assert.Equal("Avis-d-impot-e.pdf", await App.WithDbAsync(db => db.StoredFiles.Select(f => f.FileName).SingleAsync()));
        Assert.Equal(before, Directory.GetFiles(Path.GetFullPath(Path.Combine(root, "../..")), "*", SearchOption.TopDirectoryOnly).Length);
        Assert.False(File.Exists(Path.Combine(root, "../../Avis d'impôt é.pdf")));
    }

    public static TheoryData<string, string, string> BadFiles => new()
    {
        { "oversized", "trop-gros.pdf", "Le fichier dépasse la taille maximale de 2 Mo." },
        { "empty", "vide.pdf", "Le fichier est vide." },
        { "exe", "programme.pdf", "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats sont acceptés." },
        { "truncated", "coupe.pdf", "Ce PDF est endommagé ou incomplet : enregistrez-le à nouveau puis réessayez." },
        { "encrypted", "protege.pdf", "Ce PDF est protégé par un mot de passe : enregistrez une version sans protection." },
    };

    [Theory]
    [MemberData(nameof(BadFiles))]
    public async Task A_bad_file_is_refused_next_to_its_line_in_french_and_nothing_is_stored(string kind, string fileName, string message)
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var pdf = TestFiles.Pdf(["Quittance de loyer"]);
        byte[] content = kind switch
        {
            "oversized" => [.. "%PDF-"u8, .. new byte[(2 * 1024 * 1024) + 1 - 5]],
            "empty" => [],
            "exe" => TestFiles.Executable(),
            "truncated" => pdf[..(pdf.Length / 2)],
            _ => TestFiles.EncryptedPdf("secret", "owner", "Quittance"),
        };

        using var response = await dupont.UploadAsync(FamilyPage, address, content, fileName);
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(message, page.TextOf($"#piece-{address}-erreur"));
        Assert.Equal("À fournir", page.TextOf($"#piece-{address} td.etat"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task A_png_named_pdf_is_refused_where_the_site_wants_pdf_only()
    {
        await App.SeedDemoAsync();
        var boulogne = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Boulogne-Billancourt"));
        var requirement = await AddCurrentYearRequirementAsync(boulogne);
        using var dupont = await App.SignInDemoFamilyAsync(boulogne, "dupont1");

        using var response = await dupont.UploadAsync(FamilyPage, requirement, TestFiles.Png(), "avis.pdf");
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal("Ce site n'accepte que les fichiers PDF.", page.TextOf($"#piece-{requirement}-erreur"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task After_the_documents_deadline_the_page_says_uploads_are_closed_and_the_server_refuses()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var before = await dupont.GetPageAsync(FamilyPage);
        await App.WithDbAsync(async db =>
        {
            var campaign = await db.Campaigns.SingleAsync(c => c.SiteId == demo.Meudon.Id);
            var now = DateTimeOffset.UtcNow;
            campaign.Reschedule(now.AddDays(-20), now.AddDays(-10), now.AddMinutes(-1));
            await db.SaveChangesAsync();
        });

        using var response = await dupont.UploadAsync(before, FamilyPage, address, TestFiles.Pdf(["Quittance"]), "quittance.pdf");
        var answer = await HtmlClient.ParseAsync(response);
        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.StartsWith("Le dépôt des documents est clos (date limite :", answer.TextOf($"#piece-{address}-erreur"), StringComparison.Ordinal);
        Assert.StartsWith("Le dépôt des documents est clos depuis le", page.TextOf("#pieces-famille-clos"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("form.importer"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task An_upload_to_another_familys_requirement_answers_404_and_stores_nothing()
    {
        var demo = await App.SeedDemoAsync();
        var boulogne = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Boulogne-Billancourt"));
        var elsewhere = await AddCurrentYearRequirementAsync(boulogne);
        var hosted = await App.RequirementIdAsync("Attestation d'hébergement");
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var page = await dupont.GetPageAsync(FamilyPage);

        using var otherSite = await dupont.UploadWithTokenAsync(page, $"{FamilyPage}?handler=Importer", elsewhere, TestFiles.Pdf(["x"]), "a.pdf");
        using var notApplicable = await dupont.UploadWithTokenAsync(page, $"{FamilyPage}?handler=Importer", hosted, TestFiles.Pdf(["x"]), "a.pdf");

        Assert.Equal(HttpStatusCode.NotFound, otherSite.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, notApplicable.StatusCode);
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task Replacing_keeps_one_document_and_deleting_removes_the_row_and_its_file()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        (await dupont.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Ancienne"]), "ancienne.pdf")).Dispose();
        (await dupont.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Nouvelle"]), "nouvelle.pdf")).Dispose();
        Assert.Equal("nouvelle.pdf", await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.File!.FileName).SingleAsync()));
        Assert.Equal((1, 1), await CountsAsync());

        using var deleted = await dupont.SubmitAsync(FamilyPage, new Dictionary<string, string>(), $"#piece-{address} form.supprimer");
        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal(HttpStatusCode.Redirect, deleted.StatusCode);
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Equal("À fournir", page.TextOf($"#piece-{address} td.etat"));
    }

    [Fact]
    public async Task A_validated_document_can_be_neither_replaced_nor_deleted()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var before = await UploadedPageAsync(dupont, address);
        await App.WithDbAsync(async db =>
        {
            var staff = await db.StaffMembers.FirstAsync();
            (await db.SubmittedDocuments.SingleAsync()).Validate(staff.Id, DateTimeOffset.UtcNow);
            await db.SaveChangesAsync();
        });

        using var replaced = await dupont.UploadAsync(before, FamilyPage, address, TestFiles.Pdf(["Autre"]), "autre.pdf");
        using var deleted = await dupont.SubmitAsync(before, FamilyPage, new Dictionary<string, string>(), $"#piece-{address} form.supprimer");
        var page = await dupont.GetPageAsync(FamilyPage);

        Assert.Equal("Ce document a été validé par le conservatoire : il ne peut plus être remplacé.",
            (await HtmlClient.ParseAsync(replaced)).TextOf($"#piece-{address}-erreur"));
        Assert.Equal("Ce document a été validé par le conservatoire : il ne peut plus être supprimé.",
            (await HtmlClient.ParseAsync(deleted)).TextOf($"#piece-{address}-erreur"));
        Assert.Equal("Validé", page.TextOf($"#piece-{address} td.etat"));
        Assert.Null(page.QuerySelector($"#piece-{address} form"));
        Assert.Equal((1, 1), await CountsAsync());
    }

    [Fact]
    public async Task Martin_can_neither_download_nor_replace_nor_delete_a_document_of_dupont()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        await UploadedPageAsync(dupont, address);
        var original = await App.WithDbAsync(db => db.SubmittedDocuments.AsNoTracking().Include(d => d.File).SingleAsync());
        var martinPage = await martin.GetPageAsync(FamilyPage);

        using var download = await martin.GetAsync(new Uri($"/Documents/Consulter/{original.Id}", UriKind.Relative));
        using var delete = await martin.PostWithTokenAsync(martinPage, $"{FamilyPage}?handler=Supprimer", new Dictionary<string, string>
        {
            ["documentId"] = original.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });
        using var replace = await martin.UploadAsync(martinPage, FamilyPage, address, TestFiles.Pdf(["Martin"]), "martin.pdf");

        Assert.Equal(HttpStatusCode.NotFound, download.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, delete.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, replace.StatusCode);
        var after = await App.WithDbAsync(db => db.SubmittedDocuments.AsNoTracking().Include(d => d.File).SingleAsync(d => d.Id == original.Id));
        Assert.Equal((original.FileId, original.State), (after.FileId, after.State));
        Assert.Equal(original.File!.Content, after.File!.Content);
        Assert.Equal(1, await App.WithDbAsync(db => db.SubmittedDocuments.CountAsync(d => d.FamilyId == original.FamilyId)));
    }

    [Fact]
    public async Task Consulter_sends_the_file_as_an_attachment_that_the_browser_may_not_sniff()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var pdf = TestFiles.Pdf(["Quittance"]);
        (await dupont.UploadAsync(FamilyPage, address, pdf, "quittance.pdf")).Dispose();
        var page = await dupont.GetPageAsync(FamilyPage);

        using var response = await dupont.GetAsync(new Uri(page.QuerySelector($"#piece-{address} a[href^='/Documents/Consulter/']")!.GetAttribute("href")!, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition!.DispositionType);
        Assert.Equal("quittance.pdf", response.Content.Headers.ContentDisposition.FileName);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal(pdf, await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task A_three_page_tax_notice_is_kept_with_a_warning_on_its_line()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var tax = await App.RequirementIdAsync("responsable 1");

        var page = await UploadedPageAsync(dupont, tax, TestFiles.PdfOfPages(3));

        Assert.Equal("⚠ Ce document compte 3 pages alors que 4 sont attendues : vérifiez qu'il est complet.",
            page.TextOf($"#piece-{tax} .avertissement"));
        Assert.Equal(3, await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.PageCount).SingleAsync()));
    }

    [Fact]
    public async Task The_student_tab_and_the_wizard_step_upload_the_students_lines_with_the_same_rules()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var medical = await App.RequirementIdAsync("Certificat médical DANSE");

        using var fromTab = await dupont.UploadAsync($"/Eleves/Documents/{demo.Emma}", medical, TestFiles.Pdf(["Certificat"]), "certificat.pdf");
        var tab = await dupont.GetPageAsync($"/Eleves/Documents/{demo.Emma}");
        using var refused = await dupont.UploadAsync($"/Eleves/Documents/{demo.Emma}", medical, TestFiles.Executable(), "certificat.pdf");
        var lucas = await dupont.GetPageAsync($"/Eleves/Documents/{demo.Lucas}");

        Assert.Equal(HttpStatusCode.Redirect, fromTab.StatusCode);
        Assert.Equal("Documents fournis", tab.TextOf("#onglets-eleve [aria-current=page]"));
        Assert.Equal("Fourni", tab.TextOf($"#piece-{medical} td.etat"));
        Assert.Equal("Fichier pour Certificat médical DANSE", tab.TextOf($"label[for=piece-{medical}-fichier]"));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Aucune pièce à fournir.", lucas.TextOf("#pieces-eleve-aucune"));
        var stored = await App.WithDbAsync(db => db.SubmittedDocuments.AsNoTracking().SingleAsync());
        Assert.Equal((demo.Emma, "certificat.pdf"), (stored.StudentId!.Value, await App.WithDbAsync(db => db.StoredFiles.Select(f => f.FileName).SingleAsync())));
    }

    private Task<(int Documents, int Files)> CountsAsync() =>
        App.WithDbAsync(async db => (await db.SubmittedDocuments.CountAsync(), await db.StoredFiles.CountAsync()));

    private static async Task<AngleSharp.Html.Dom.IHtmlDocument> UploadedPageAsync(HttpClient client, int requirement, byte[]? pdf = null)
    {
        using var response = await client.UploadAsync(FamilyPage, requirement, pdf ?? TestFiles.Pdf(["Quittance"]), "document.pdf");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return await client.GetPageAsync(FamilyPage);
    }

    /// <summary>Boulogne-Billancourt has no campaign: its families' documents are for the current year.</summary>
    private Task<int> AddCurrentYearRequirementAsync(Site site) =>
        App.WithDbAsync(async db =>
        {
            var year = await db.SchoolYears.SingleAsync(y => y.IsCurrent);
            var requirement = new DocumentRequirement(site.Id, year.Id, RequirementScope.Family, "Avis d'imposition",
                RequirementCondition.Always, DocumentKind.TaxNotice);
            db.DocumentRequirements.Add(requirement);
            await db.SaveChangesAsync();
            return requirement.Id;
        });
}
