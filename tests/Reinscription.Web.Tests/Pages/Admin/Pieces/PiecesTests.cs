using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Pieces;

public class PiecesTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_secretariat_asks_adult_students_for_their_own_identity_and_only_an_adult_student_is_asked()
    {
        var season = await Season.AddAsync(App);
        await OpenCampaignAsync(season);
        var adultId = await AddStudentAsync(season, "Marie", new DateOnly(2005, 3, 1));
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        using var created = await CreateAsync(staff, season, new()
        {
            ["Input.Scope"] = nameof(RequirementScope.Student),
            ["Input.Name"] = "Justificatif d'identité de l'élève majeur",
            ["Input.Condition"] = nameof(RequirementCondition.StudentOfAge),
            ["Input.Kind"] = nameof(DocumentKind.Identity),
            ["Input.AcceptsPdf"] = "true",
            ["Input.ValidityMonths"] = "12",
        });
        var list = await staff.GetPageAsync(created.Headers.Location!.OriginalString);
        using var parent = await season.SignInParentAsync(App);
        var adult = await parent.GetPageAsync($"/Eleves/Documents/{adultId}");
        var minor = await parent.GetPageAsync($"/Eleves/Documents/{season.LucasId}");

        Assert.Equal(["Justificatif d'identité de l'élève majeur", "Élève majeur", "Pièce d'identité", "PDF", "12 mois", "-"], list.RowsOf("#pieces-eleve").Single()[..6]);
        Assert.Contains("Justificatif d'identité de l'élève majeur", adult.TextOf("#pieces-eleve"));
        Assert.Equal("Aucune pièce à fournir.", minor.TextOf("#pieces-eleve-aucune"));
        var audit = await Season.LastAuditAsync(App, "requirement.created");
        Assert.Contains(audit.Changes, c => c.Field == "Condition" && c.After == "Élève majeur");
    }

    [Fact]
    public async Task A_line_for_non_residents_is_asked_only_of_families_living_outside_the_territory()
    {
        var season = await Season.AddAsync(App);
        await OpenCampaignAsync(season);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        using var created = await CreateAsync(staff, season, new()
        {
            ["Input.Scope"] = nameof(RequirementScope.Family),
            ["Input.Name"] = "Attestation du conservatoire de votre commune",
            ["Input.Condition"] = nameof(RequirementCondition.NonResidentsOnly),
            ["Input.Kind"] = nameof(DocumentKind.Other),
        });
        using var parent = await season.SignInParentAsync(App);

        var outside = await parent.GetPageAsync("/Famille/Documents");
        await App.WithDbAsync(async db =>
        {
            (await db.Families.SingleAsync()).IsResident = true;
            await db.SaveChangesAsync();
        });
        var resident = await parent.GetPageAsync("/Famille/Documents");

        Assert.Contains("Attestation du conservatoire de votre commune", outside.TextOf("#pieces-famille"));
        Assert.Equal("Aucune pièce à fournir.", resident.TextOf("#pieces-famille-aucune"));
    }

    [Fact]
    public async Task A_line_changed_to_a_discipline_is_asked_only_of_that_disciplines_students_and_the_change_is_audited()
    {
        var season = await Season.AddAsync(App);
        await OpenCampaignAsync(season);
        var chloeId = await AddStudentAsync(season, "Chloé", new DateOnly(2014, 9, 1));
        var id = await App.WithDbAsync(async db =>
        {
            var line = new DocumentRequirement(season.Meudon.Id, season.NextYearId, RequirementScope.Student, "Certificat médical", RequirementCondition.Always, DocumentKind.MedicalCertificate);
            db.DocumentRequirements.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var form = await staff.GetPageAsync($"/Admin/Pieces/Modifier/{id}");

        using var saved = await staff.SubmitAsync(form, $"/Admin/Pieces/Modifier/{id}", new Dictionary<string, string>
        {
            ["Input.Condition"] = nameof(RequirementCondition.Discipline),
            ["Input.ConditionDisciplineId"] = season.FmId.ToString(CultureInfo.InvariantCulture),
            ["Input.ValidityMonths"] = "12",
        }, "#piece");
        using var parent = await season.SignInParentAsync(App);
        var lucas = await parent.GetPageAsync($"/Eleves/Documents/{season.LucasId}");
        var chloe = await parent.GetPageAsync($"/Eleves/Documents/{chloeId}");

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Contains("Certificat médical", lucas.TextOf("#pieces-eleve"));
        Assert.Equal("Aucune pièce à fournir.", chloe.TextOf("#pieces-eleve-aucune"));
        var audit = await Season.LastAuditAsync(App, "requirement.updated");
        Assert.Equal(
            [("Condition", "Toujours", "Élèves d'une discipline (Formation musicale)"), ("Reconduction", "non", "12 mois")],
            audit.Changes.Select(c => (c.Field, c.Before, c.After)));
    }

    [Fact]
    public async Task A_student_condition_on_a_family_line_and_a_carried_over_tax_notice_are_refused_next_to_their_fields()
    {
        var season = await Season.AddAsync(App);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        using var refused = await CreateAsync(staff, season, new()
        {
            ["Input.Scope"] = nameof(RequirementScope.Family),
            ["Input.Name"] = "Avis d'imposition",
            ["Input.Condition"] = nameof(RequirementCondition.StudentOfAge),
            ["Input.Kind"] = nameof(DocumentKind.TaxNotice),
            ["Input.ValidityMonths"] = "12",
        });

        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal("Cette condition porte sur un élève : demandez la pièce au niveau de l'élève.", page.TextOf("[data-valmsg-for='Input.Condition']"));
        Assert.Equal("Un justificatif de revenus ou de domicile n'est jamais reconduit : laissez ce champ vide.", page.TextOf("[data-valmsg-for='Input.ValidityMonths']"));
        Assert.Equal("Avis d'imposition", page.QuerySelector("#Input_Name")!.GetAttribute("value"));
        Assert.Equal(0, await App.WithDbAsync(db => db.DocumentRequirements.CountAsync()));
    }

    [Fact]
    public async Task A_blank_form_is_uploaded_replaced_downloaded_by_families_and_removed()
    {
        var season = await Season.AddAsync(App);
        await OpenCampaignAsync(season);
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        (await CreateAsync(staff, season, new()
        {
            ["Input.Scope"] = nameof(RequirementScope.Family),
            ["Input.Name"] = "Doc 1 : Modalités de règlement",
            ["Input.Condition"] = nameof(RequirementCondition.Always),
            ["Input.Kind"] = nameof(DocumentKind.Form),
        })).Dispose();
        var id = await App.WithDbAsync(db => db.DocumentRequirements.Select(r => r.Id).SingleAsync());
        var url = $"/Admin/Pieces/Modifier/{id}";
        var first = TestFiles.Pdf(["Modalités de règlement 2026-2027"]);
        var second = TestFiles.Pdf(["Modalités de règlement 2026-2027", "version corrigée"]);

        using var notPdf = await UploadTemplateAsync(staff, url, TestFiles.Png(), "modalites.png");
        using var uploaded = await UploadTemplateAsync(staff, url, first, "Doc 1 Modalités de règlement.pdf");
        using var replaced = await UploadTemplateAsync(staff, url, second, "Doc 1 corrigé.pdf");
        using var parent = await season.SignInParentAsync(App);
        var documents = await parent.GetPageAsync("/Famille/Documents");
        using var download = await parent.GetAsync(new Uri($"/Documents/Modele/{id}", UriKind.Relative));
        var downloaded = await download.Content.ReadAsByteArrayAsync();
        using var removed = await staff.SubmitAsync(url, new Dictionary<string, string>(), "#retirer-modele");
        var afterRemoval = await parent.GetPageAsync("/Famille/Documents");
        using var gone = await parent.GetAsync(new Uri($"/Documents/Modele/{id}", UriKind.Relative));

        Assert.Equal("Le formulaire doit être un PDF.", (await HtmlClient.ParseAsync(notPdf)).TextOf("#template-erreur"));
        Assert.Equal([HttpStatusCode.Redirect, HttpStatusCode.Redirect, HttpStatusCode.Redirect], new[] { uploaded.StatusCode, replaced.StatusCode, removed.StatusCode });
        Assert.Equal("Télécharger le formulaire à compléter", documents.TextOf($"#piece-{id} th a"));
        Assert.Equal(second, downloaded);
        Assert.Equal("Doc-1-corrige.pdf", download.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Null(afterRemoval.QuerySelector($"#piece-{id} th a"));
        Assert.Equal(HttpStatusCode.NotFound, gone.StatusCode);
        var audit = await App.WithDbAsync(db => db.AuditLog.Where(e => e.Action.StartsWith("requirement.template")).OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(
            [(null, "Doc-1-Modalites-de-reglement.pdf"), ("Doc-1-Modalites-de-reglement.pdf", "Doc-1-corrige.pdf"), ("Doc-1-corrige.pdf", null)],
            audit.Select(e => (e.Changes.Single().Before, e.Changes.Single().After)));
    }

    [Fact]
    public async Task Copying_last_years_list_twice_adds_each_line_once()
    {
        var season = await Season.AddAsync(App);
        await App.WithDbAsync(async db =>
        {
            var mandate = new DocumentRequirement(season.Meudon.Id, season.CurrentYearId, RequirementScope.Family, "Mandat SEPA", RequirementCondition.SepaPayment, DocumentKind.SepaMandate) { SortOrder = 2 };
            mandate.KeepValidFor(36);
            mandate.AttachTemplate("mandat.pdf", TestFiles.Pdf(["Mandat"]));
            var dance = new DocumentRequirement(season.Meudon.Id, season.CurrentYearId, RequirementScope.Student, "Certificat médical danse", RequirementCondition.Discipline, DocumentKind.MedicalCertificate) { SortOrder = 3 };
            dance.RequireDiscipline(season.FmId);
            db.DocumentRequirements.AddRange(mandate, dance);
            await db.SaveChangesAsync();
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var list = await staff.GetPageAsync($"/Admin/Pieces?siteId={season.Meudon.Id}&annee=2026");

        using var first = await staff.SubmitAsync(list, "/Admin/Pieces", new Dictionary<string, string>(), "#copier");
        using var second = await staff.SubmitAsync(list, "/Admin/Pieces", new Dictionary<string, string>(), "#copier");
        var copied = await staff.GetPageAsync(second.Headers.Location!.OriginalString);

        Assert.Equal("La liste 2026-2027 contenait déjà chaque pièce de 2025-2026 : rien n'a été ajouté.", copied.TextOf("#confirmation"));
        Assert.Equal(["Mandat SEPA", "Paiement par prélèvement SEPA", "Mandat de prélèvement SEPA", "ceux du site", "36 mois", "mandat.pdf"], copied.RowsOf("#pieces-famille").Single()[..6]);
        Assert.Equal("Élèves d'une discipline : Formation musicale", copied.RowsOf("#pieces-eleve").Single()[1]);
        Assert.Equal(2, await App.WithDbAsync(db => db.DocumentRequirements.CountAsync(r => r.SchoolYearId == season.NextYearId)));
        Assert.Equal(["requirement.list-copied", "requirement.list-copied"], (await Season.AuditAsync(App)).Select(a => a.Action));
    }

    [Fact]
    public async Task A_line_a_family_has_used_cannot_be_deleted_and_an_unused_one_can()
    {
        var season = await Season.AddAsync(App);
        var (usedId, unusedId) = await App.WithDbAsync(async db =>
        {
            var used = new DocumentRequirement(season.Meudon.Id, season.NextYearId, RequirementScope.Family, "Justificatif de domicile", RequirementCondition.Always, DocumentKind.AddressProof);
            var unused = new DocumentRequirement(season.Meudon.Id, season.NextYearId, RequirementScope.Family, "Photo", RequirementCondition.Optional, DocumentKind.Photo);
            db.DocumentRequirements.AddRange(used, unused);
            await db.SaveChangesAsync();
            var family = await db.Families.SingleAsync();
            db.SubmittedDocuments.Add(new SubmittedDocument(used.Id, family.Id, null, new StoredFile("quittance.pdf", "application/pdf", [1, 2, 3]), DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
            return (used.Id, unused.Id);
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);

        using var refused = await staff.SubmitAsync($"/Admin/Pieces/Modifier/{usedId}", new Dictionary<string, string>(), "#supprimer");
        var page = await staff.GetPageAsync(refused.Headers.Location!.OriginalString);
        using var deleted = await staff.SubmitAsync($"/Admin/Pieces/Modifier/{unusedId}", new Dictionary<string, string>(), "#supprimer");

        Assert.Equal("Des familles ont déjà déposé des documents pour « Justificatif de domicile » : la pièce ne peut pas être supprimée.", page.TextOf("#confirmation"));
        Assert.Equal($"/Admin/Pieces?siteId={season.Meudon.Id}&annee=2026", deleted.Headers.Location?.OriginalString);
        Assert.Equal([usedId], await App.WithDbAsync(db => db.DocumentRequirements.Select(r => r.Id).ToListAsync()));
        Assert.Equal(["requirement.deleted"], (await Season.AuditAsync(App)).Select(a => a.Action));
    }

    [Fact]
    public async Task Another_sites_requirement_answers_404_on_get_and_post()
    {
        var season = await Season.AddAsync(App);
        var sevresId = await App.WithDbAsync(async db =>
        {
            var line = new DocumentRequirement(season.Sevres.Id, season.NextYearId, RequirementScope.Family, "Justificatif de domicile", RequirementCondition.Always, DocumentKind.AddressProof);
            line.AttachTemplate("sevres.pdf", TestFiles.Pdf(["Sèvres"]));
            db.DocumentRequirements.Add(line);
            await db.SaveChangesAsync();
            return line.Id;
        });
        using var staff = await Season.SignInAsync(App, Season.MeudonSecretariat);
        var tokenPage = await staff.GetPageAsync("/Admin/Pieces");
        var sevres = season.Sevres.Id.ToString(CultureInfo.InvariantCulture);

        foreach (var url in new[] { $"/Admin/Pieces/Modifier/{sevresId}", $"/Admin/Pieces/Modele/{sevresId}", $"/Admin/Pieces?siteId={sevres}", $"/Admin/Pieces/Creer?siteId={sevres}&annee=2026" })
        {
            await staff.GetPageAsync(url, HttpStatusCode.NotFound);
        }

        var posts = new Dictionary<string, Dictionary<string, string>>
        {
            [$"/Admin/Pieces/Modifier/{sevresId}"] = new() { ["Input.Name"] = "Piratée", ["Input.Condition"] = "Always", ["Input.Kind"] = "Other" },
            [$"/Admin/Pieces/Modifier/{sevresId}?handler=RetirerModele"] = [],
            [$"/Admin/Pieces/Modifier/{sevresId}?handler=Supprimer"] = [],
            [$"/Admin/Pieces?handler=Copier&siteId={sevres}&annee=2026"] = [],
            [$"/Admin/Pieces/Creer?siteId={sevres}&annee=2026"] = new() { ["Input.Name"] = "Piratée", ["Input.Scope"] = "Family", ["Input.Condition"] = "Always", ["Input.Kind"] = "Other" },
        };
        foreach (var (url, values) in posts)
        {
            using var response = await staff.PostWithTokenAsync(tokenPage, url, values);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }

        using var upload = await UploadTemplateAsync(staff, tokenPage, $"/Admin/Pieces/Modifier/{sevresId}?handler=Modele", TestFiles.Pdf(["Piraté"]), "pirate.pdf");
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        var line = await App.WithDbAsync(db => db.DocumentRequirements.AsNoTracking().SingleAsync());
        Assert.Equal(("Justificatif de domicile", "sevres.pdf"), (line.Name, line.TemplateFileName));
        Assert.Empty(await Season.AuditAsync(App));
    }

    private static Task<HttpResponseMessage> CreateAsync(HttpClient staff, Season season, Dictionary<string, string> values) =>
        staff.SubmitAsync($"/Admin/Pieces/Creer?siteId={season.Meudon.Id}&annee=2026", values);

    private static async Task<HttpResponseMessage> UploadTemplateAsync(HttpClient staff, string url, byte[] content, string fileName) =>
        await UploadTemplateAsync(staff, await staff.GetPageAsync(url), null, content, fileName);

    /// <summary>The "Formulaire à télécharger" form, sent as a browser sends a file: multipart, with the page's token.</summary>
    private static async Task<HttpResponseMessage> UploadTemplateAsync(HttpClient staff, IHtmlDocument page, string? action, byte[] content, string fileName)
    {
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var multipart = new MultipartFormDataContent { { new StringContent(token), "__RequestVerificationToken" } };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        multipart.Add(file, "template", fileName);
        var target = action ?? page.QuerySelector("#deposer-modele")!.GetAttribute("action")!;
        return await staff.PostAsync(new Uri(target, UriKind.Relative), multipart);
    }

    private Task OpenCampaignAsync(Season season) =>
        App.WithDbAsync(async db =>
        {
            var now = DateTimeOffset.UtcNow;
            db.Campaigns.Add(new ReenrollmentCampaign(season.Meudon.Id, season.NextYearId, now.AddDays(-1), now.AddDays(30), now.AddDays(60)));
            await db.SaveChangesAsync();
        });

    private Task<int> AddStudentAsync(Season season, string firstName, DateOnly birthDate) =>
        App.WithDbAsync(async db =>
        {
            var student = new Student("Dupont", firstName, birthDate, Civility.Madame);
            (await db.Families.SingleAsync(f => f.SiteId == season.Meudon.Id)).AddStudent(student);
            await db.SaveChangesAsync();
            return student.Id;
        });
}
