using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Journal;

public partial class JournalTests(AppFixture app) : AppTest(app)
{
    private const string FamilyDocuments = "/Famille/Documents";

    [Fact]
    public async Task Every_family_submission_and_staff_decision_leaves_a_line_in_the_journal()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var secretariat = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        using var admin = await App.SignInStaffBrowserAsync("admin@example.org", DemoSeeder.StaffPassword);
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        // The family: identity edits, a document uploaded, replaced, deleted, uploaded again; its answers for both children; its password.
        (await dupont.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Clamart" })).Dispose();
        (await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string> { ["Input.SchoolLevel"] = "3e" })).Dispose();
        (await dupont.UploadAsync(FamilyDocuments, address, TestFiles.Pdf(["Quittance"]), "quittance.pdf")).Dispose();
        (await dupont.UploadAsync(FamilyDocuments, address, TestFiles.Pdf(["Quittance 2"]), "quittance2.pdf")).Dispose();
        (await dupont.SubmitAsync(FamilyDocuments, new Dictionary<string, string>(), $"#piece-{address} form.supprimer")).Dispose();
        (await dupont.UploadAsync(FamilyDocuments, address, TestFiles.Pdf(["Quittance 3"]), "quittance3.pdf")).Dispose();
        await PostFormAsync(dupont, $"/Reinscription/{demo.Emma}", "form[action*='handler=NePasReinscrire']");
        await PostFormAsync(dupont, $"/Reinscription/{demo.Lucas}", "form[action*='handler=Reinscrire']");
        (await dupont.SubmitAsync("/MotDePasse", new Dictionary<string, string>
        {
            ["Input.CurrentPassword"] = DemoSeeder.ParentPassword,
            ["Input.NewPassword"] = "Nouveau2026",
            ["Input.Confirmation"] = "Nouveau2026",
        })).Dispose();

        // Staff: the document validated, the guardian's change accepted, the student's refused; the site's settings.
        var documentId = await App.WithDbAsync(db => db.SubmittedDocuments.Select(d => d.Id).SingleAsync());
        (await secretariat.SubmitAsync($"/Admin/Documents/Detail/{documentId}", new Dictionary<string, string>(), "#valider")).Dispose();
        var changes = await App.WithDbAsync(db => db.PendingChanges.ToDictionaryAsync(c => c.Subject, c => c.Id));
        (await secretariat.SubmitAsync($"/Admin/Modifications/Detail/{changes[ChangeSubject.Guardian1]}", new Dictionary<string, string>(),
            "form[action$='handler=Accepter']")).Dispose();
        (await secretariat.SubmitAsync($"/Admin/Modifications/Detail/{changes[ChangeSubject.Student]}",
            new Dictionary<string, string> { ["Input.Reason"] = "Niveau scolaire à confirmer" }, "form[action$='handler=Refuser']")).Dispose();
        (await admin.SubmitAsync($"/Admin/Sites/Modifier/{demo.Meudon.Id}", new Dictionary<string, string> { ["Input.Phone"] = "01 46 29 32 97" })).Dispose();

        // A lost password chosen again, by the other family.
        await ResetMartinsPasswordAsync(demo.Meudon);

        var actions = await App.WithDbAsync(db => db.AuditLog.Where(l => l.SiteId == demo.Meudon.Id).Select(l => l.Action).ToListAsync());
        Assert.Equal(
            [
                "change.accepted", "change.proposed", "change.rejected", "document.deleted", "document.replaced", "document.uploaded",
                "document.validated", "password.changed", "password.reset", "request.declined", "request.reenrol", "site.edited",
            ],
            actions.Distinct().Order(StringComparer.Ordinal));
        Assert.Equal(2, actions.Count(a => a == "document.uploaded"));

        var journal = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={demo.Meudon.Id}");
        var newest = journal.RowsOf("#journal")[0];
        Assert.Equal("Famille martin1", newest[1]);
        Assert.Equal("Famille n° " + await MartinIdAsync(), newest[3]);
    }

    [Fact]
    public async Task The_site_admin_finds_a_students_history_by_record_with_before_and_after()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var secretariat = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        using var admin = await App.SignInStaffBrowserAsync("admin@example.org", DemoSeeder.StaffPassword);
        (await dupont.SubmitAsync($"/Eleves/Identite/{demo.Lucas}", new Dictionary<string, string> { ["Input.SchoolLevel"] = "3e" })).Dispose();
        (await dupont.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Clamart" })).Dispose();
        var changeId = await App.WithDbAsync(db => db.PendingChanges.Where(c => c.Subject == ChangeSubject.Student).Select(c => c.Id).SingleAsync());
        (await secretariat.SubmitAsync($"/Admin/Modifications/Detail/{changeId}", new Dictionary<string, string>(), "form[action$='handler=Accepter']")).Dispose();
        var search = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={demo.Meudon.Id}");

        var found = await admin.GetPageAsync(SearchUrl(search, new Dictionary<string, string>
        {
            ["Filter.RecordType"] = "Élève",
            ["Filter.RecordId"] = demo.Lucas.ToString(CultureInfo.InvariantCulture),
        }));

        var rows = found.RowsOf("#journal");
        Assert.Equal(2, rows.Count);
        Assert.Equal("secretariat.meudon@example.org", rows[0][1]);
        Assert.StartsWith($"Modification n° {changeId} de la fiche", rows[0][2], StringComparison.Ordinal);
        Assert.Equal("Niveau scolaire : 4e → 3e", rows[0][4]);
        Assert.Equal("Famille dupont1", rows[1][1]);
        Assert.Equal("Niveau scolaire : 4e → 3e", rows[1][4]);
        Assert.Equal($"Élève n° {demo.Lucas}", rows[1][3]);
        var recordLink = found.QuerySelector("#journal tbody tr td:nth-child(4) a")!.GetAttribute("href")!;
        Assert.Equal(rows, (await admin.GetPageAsync(recordLink)).RowsOf("#journal"));
    }

    [Fact]
    public async Task The_journal_searches_by_person_and_by_dates_in_Paris_time()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var admin = await App.SignInStaffBrowserAsync("admin@example.org", DemoSeeder.StaffPassword);
        (await dupont.SubmitAsync("/Famille", new Dictionary<string, string> { ["Input.Guardian1.Town"] = "Clamart" })).Dispose();
        (await admin.SubmitAsync($"/Admin/Sites/Modifier/{demo.Meudon.Id}", new Dictionary<string, string> { ["Input.Phone"] = "01 46 29 32 97" })).Dispose();
        var today = ParisTime.Today(DateTimeOffset.UtcNow).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var tomorrow = ParisTime.Today(DateTimeOffset.UtcNow).AddDays(1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var site = demo.Meudon.Id.ToString(CultureInfo.InvariantCulture);

        var byName = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={site}&Filter.Person=garnier");
        var byFamily = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={site}&Filter.Person=dupont1");
        var todayOnly = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={site}&Filter.From={today}&Filter.To={today}");
        var fromTomorrow = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={site}&Filter.From={tomorrow}");
        var backwards = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={site}&Filter.From={tomorrow}&Filter.To={today}");

        Assert.Equal(["admin@example.org"], byName.RowsOf("#journal").Select(r => r[1]));
        Assert.Equal("Téléphone : 01 46 29 32 96 → 01 46 29 32 97", byName.RowsOf("#journal")[0][4]);
        Assert.Equal(["Famille dupont1"], byFamily.RowsOf("#journal").Select(r => r[1]));
        Assert.Equal(2, todayOnly.RowsOf("#journal").Count);
        Assert.Equal("Aucune action ne correspond à la recherche.", fromTomorrow.TextOf("#aucune-ligne"));
        Assert.Equal("La date de fin ne peut précéder la date de début.", backwards.TextOf("[data-valmsg-for='Filter.To']"));
    }

    [Fact]
    public async Task Only_a_sites_admin_reads_its_journal()
    {
        var demo = await App.SeedDemoAsync();
        using var secretariat = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);
        using var admin = await App.SignInStaffBrowserAsync("admin@example.org", DemoSeeder.StaffPassword);

        await secretariat.GetPageAsync("/Admin/Journal", HttpStatusCode.NotFound);
        await secretariat.GetPageAsync($"/Admin/Journal?Filter.Site={demo.Meudon.Id}", HttpStatusCode.NotFound);
        await admin.GetPageAsync("/Admin/Journal?Filter.Site=987654", HttpStatusCode.NotFound);
        var own = await admin.GetPageAsync($"/Admin/Journal?Filter.Site={demo.Meudon.Id}");
        var dashboard = await admin.GetPageAsync($"/Admin?site={demo.Meudon.Id}");
        var fromDashboard = dashboard.QuerySelectorAll("#sites a").Single(a => a.TextContent == "Journal" && a.GetAttribute("href")!.EndsWith($"={demo.Meudon.Id}", StringComparison.Ordinal));

        Assert.Equal("Journal des actions - Meudon", own.TextOf("main h1"));
        Assert.Equal("Journal des actions - Meudon", (await admin.GetPageAsync(fromDashboard.GetAttribute("href")!)).TextOf("main h1"));
        Assert.Null((await secretariat.GetPageAsync("/Admin")).QuerySelector("#sites a[href*='Journal']"));
    }

    /// <summary>The URL a browser goes to when the search form (a GET form) is sent with <paramref name="values"/> typed in.</summary>
    private static string SearchUrl(AngleSharp.Html.Dom.IHtmlDocument page, Dictionary<string, string> values)
    {
        var fields = page.QuerySelectorAll("#recherche input[name], #recherche select[name]")
            .Select(e => (Name: e.GetAttribute("name")!, Value: e is AngleSharp.Html.Dom.IHtmlSelectElement select ? select.Value ?? "" : e.GetAttribute("value") ?? ""))
            .Select(f => values.TryGetValue(f.Name, out var typed) ? (f.Name, Value: typed) : f);
        return "/Admin/Journal?" + string.Join('&', fields.Select(f => $"{Uri.EscapeDataString(f.Name)}={Uri.EscapeDataString(f.Value)}"));
    }

    private static async Task PostFormAsync(HttpClient client, string url, string formSelector)
    {
        using var response = await client.SubmitAsync(url, new Dictionary<string, string>(), formSelector);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    private async Task ResetMartinsPasswordAsync(Site meudon)
    {
        using var client = App.Factory.CreateBrowser();
        (await client.SubmitAsync("/Connexion/MotDePassePerdu", new Dictionary<string, string>
        {
            ["Input.SiteId"] = meudon.Id.ToString(CultureInfo.InvariantCulture),
            ["Input.Identifier"] = "martin1",
            ["Input.Email"] = "julien.martin@example.org",
        })).Dispose();
        var mail = await App.Mail.WaitForMailToAsync("julien.martin@example.org");
        var link = new Uri(ResetLink().Match(mail.Text ?? "").Value).PathAndQuery;
        (await client.SubmitAsync(link, new Dictionary<string, string>
        {
            ["Input.Password"] = "Nouveau2026",
            ["Input.Confirmation"] = "Nouveau2026",
        })).Dispose();
    }

    private Task<int> MartinIdAsync() => App.WithDbAsync(db => db.Families.Where(f => f.Identifier == "martin1").Select(f => f.Id).SingleAsync());

    [GeneratedRegex(@"https?://\S+/Connexion/NouveauMotDePasse\S+")]
    private static partial Regex ResetLink();
}
