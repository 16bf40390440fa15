using System.Globalization;
using System.Net;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;
using static Reinscription.Web.Tests.Pages.Admin.Import.ImportFiles;

namespace Reinscription.Web.Tests.Pages.Admin.Import;

public class ImportTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_dry_run_lists_an_unknown_course_a_bad_date_and_a_duplicate_identifier_with_their_line()
    {
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        var file = Utf8(
            Line("F1", "Lefèvre", studentId: "E1", studentFirstName: "Zoé", birthDate: "12/09/2014", discipline: "Formation musicale", course: "FM 2.1 (21)"),
            Line("F2", "Martin", studentId: "E2", studentFirstName: "Léa", birthDate: "03/02/2015", discipline: "Piano", course: "Piano"),
            Line("F3", "Bernard", studentId: "E3", studentFirstName: "Tom", birthDate: "31/02/2015"),
            Line("F4", "Dupont", identifier: "dupont1"),
            Line("F5", "Dupond", identifier: "dupont1"));

        var page = await office.MeudonSecretariat.GetPageAsync(await SendAsync(office.MeudonSecretariat, office.Meudon, file));

        var refused = page.QuerySelectorAll("#refusees tbody tr")
            .ToDictionary(r => r.QuerySelector("th")!.TextContent.Trim(), r => r.QuerySelector("td")!.TextContent.Trim());
        Assert.Equal(["3", "4", "6"], refused.Keys);
        Assert.Equal("Cours inconnu en 2025-2026 : « Piano - Piano ».", refused["3"]);
        Assert.Equal("Date de naissance « 31/02/2015 » invalide : attendue au format JJ/MM/AAAA, par exemple 14/03/2012.", refused["4"]);
        Assert.Equal("Identifiant « dupont1 » en double : déjà donné à la famille F4 ligne 5.", refused["6"]);
        var writes = page.QuerySelectorAll("#ecritures tbody tr").Select(r => r.TextContent).ToList();
        Assert.Contains(writes, w => w.Contains("Famille F1 créée, identifiant « lefevre1 »", StringComparison.Ordinal)
                                     && w.Contains("inscription en Formation musicale - FM 2.1 (21)", StringComparison.Ordinal));
        Assert.Contains("3 refusée(s)", page.TextOf("#bilan"), StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("#bloque"));
        Assert.Null(page.QuerySelector("main form[method=post] button"));
        Assert.Equal(0, await App.WithDbAsync(db => db.Families.CountAsync()));
    }

    [Fact]
    public async Task Importing_a_file_with_one_bad_line_changes_nothing()
    {
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        var verification = await SendAsync(office.MeudonSecretariat, office.Meudon, Utf8(
            Line("F1", "Lefèvre", studentId: "E1", studentFirstName: "Zoé", birthDate: "12/09/2014", discipline: "Formation musicale", course: "FM 2.1 (21)"),
            Line("F2", "Martin", studentId: "E2", studentFirstName: "Léa", birthDate: "03/02/2015", discipline: "Formation musicale", course: "FM 9.9")));

        using var import = await ImportAsync(office.MeudonSecretariat, verification);
        var page = await office.MeudonSecretariat.GetPageAsync(verification);

        Assert.Equal(HttpStatusCode.Redirect, import.StatusCode);
        Assert.StartsWith("L'import n'a rien enregistré", page.TextOf("#refus"), StringComparison.Ordinal);
        Assert.Equal(0, await App.WithDbAsync(db => db.Families.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Students.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Enrollments.CountAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.Users.CountAsync(u => u.UserName!.StartsWith("famille."))));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
        Assert.Null(await App.WithDbAsync(db => db.ImportFiles.Select(f => f.ImportedAt).SingleAsync()));
    }

    [Fact]
    public async Task Importing_the_same_comma_separated_file_twice_changes_nothing_the_second_time()
    {
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        var lines = new[]
        {
            Line("F1", "Lefèvre", studentId: "E1", studentFirstName: "Zoé", birthDate: "12/09/2014", discipline: "Formation musicale", course: "FM 2.1 (21)"),
            Line("F1", "Lefèvre", studentId: "E1", studentFirstName: "Zoé", birthDate: "12/09/2014", discipline: "Violoncelle", course: "Violoncelle"),
            Line("F1", "Lefèvre", studentId: "E2", studentFirstName: "Noé", birthDate: "03/02/2017"),
            Line("F2", "Nguyen", firstName: "Bao", identifier: "nguyen.b"),
        };
        var commas = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Utf8(lines)).Replace(';', ','));

        var first = await SendAsync(office.MeudonSecretariat, office.Meudon, commas);
        using var firstImport = await ImportAsync(office.MeudonSecretariat, first);
        var imported = await office.MeudonSecretariat.GetPageAsync(first);
        var afterFirst = await CountsAsync();
        var second = await SendAsync(office.MeudonSecretariat, office.Meudon, commas);
        var dryRun = await office.MeudonSecretariat.GetPageAsync(second);
        using var secondImport = await ImportAsync(office.MeudonSecretariat, second);
        using var firstAgain = await ImportAsync(office.MeudonSecretariat, first);
        var again = await office.MeudonSecretariat.GetPageAsync(first);

        Assert.Equal(
            "Import effectué : 2 famille(s) créée(s), 0 modifiée(s) ; 2 élève(s) créé(s), 0 modifié(s) ; 2 inscription(s) ajoutée(s).",
            imported.TextOf("#confirmation"));
        Assert.Equal((2, 2, 2, 2), afterFirst);
        Assert.Contains("lu en UTF-8, séparateur « , »", dryRun.TextOf("main > p"), StringComparison.Ordinal);
        Assert.Contains("4 déjà à jour", dryRun.TextOf("#bilan"), StringComparison.Ordinal);
        Assert.Null(dryRun.QuerySelector("#ecritures"));
        Assert.Equal("Ce fichier était déjà importé : rien n'a changé.", again.TextOf("#confirmation"));
        Assert.Equal(afterFirst, await CountsAsync());
        var families = await App.WithDbAsync(db => db.Families.AsNoTracking().OrderBy(f => f.ExternalId).ToListAsync());
        Assert.Equal(["lefevre1", "nguyen.b"], families.Select(f => f.Identifier));
        Assert.Equal("Hélène", families[0].Guardian1.FirstName);
        var accounts = await App.WithDbAsync(db => db.Users.AsNoTracking().Where(u => u.UserName!.StartsWith("famille.")).ToListAsync());
        Assert.All(accounts, a => Assert.Null(a.PasswordHash));
        Assert.Equal(families.Select(f => f.AccountId).Order(), accounts.Select(a => a.Id).Order());
        Assert.Equal(2, await App.WithDbAsync(db => db.AuditLog.CountAsync(e => e.Action == "import.applied")));
    }

    [Fact]
    public async Task A_line_changed_in_the_management_system_updates_the_family_and_the_audit_log_keeps_before_and_after()
    {
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        (await ImportAsync(office.MeudonSecretariat, await SendAsync(office.MeudonSecretariat, office.Meudon, Utf8(Line("F1", "Lefèvre"))))).Dispose();

        var verification = await SendAsync(office.MeudonSecretariat, office.Meudon, Utf8(Line("F1", "Lefèvre", mobile: "07 00 00 00 01")));
        var dryRun = await office.MeudonSecretariat.GetPageAsync(verification);
        (await ImportAsync(office.MeudonSecretariat, verification)).Dispose();

        Assert.Contains("Famille F1 (« lefevre1 ») modifiée : Responsable 1 - mobile « 06 11 22 33 44 » → « 07 00 00 00 01 »",
            dryRun.TextOf("#ecritures"), StringComparison.Ordinal);
        Assert.Equal("07 00 00 00 01", await App.WithDbAsync(db => db.Families.Select(f => f.Guardian1.MobilePhone).SingleAsync()));
        var entry = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == "family.imported"));
        var change = Assert.Single(entry.Changes);
        Assert.Equal(("Responsable 1 - mobile", "06 11 22 33 44", "07 00 00 00 01"), (change.Field, change.Before, change.After));
    }

    [Fact]
    public async Task A_Windows_1252_file_with_semicolons_keeps_its_accents()
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        var text = Encoding.UTF8.GetString(Utf8(Line("F1", "Lefèvre", firstName: "Hélène", studentId: "E1", studentFirstName: "Zoé", birthDate: "12/09/2014")));
        var windows1252 = Encoding.GetEncoding(1252).GetBytes(text);

        var verification = await SendAsync(office.MeudonSecretariat, office.Meudon, windows1252);
        var dryRun = await office.MeudonSecretariat.GetPageAsync(verification);
        (await ImportAsync(office.MeudonSecretariat, verification)).Dispose();

        Assert.Contains("lu en Windows-1252, séparateur « ; »", dryRun.TextOf("main > p"), StringComparison.Ordinal);
        var family = await App.WithDbAsync(db => db.Families.AsNoTracking().Include(f => f.Students).SingleAsync());
        Assert.Equal(("Lefèvre", "Hélène", "8 rue de l'Église"), (family.Guardian1.LastName, family.Guardian1.FirstName, family.Guardian1.Address));
        Assert.Equal("Zoé", Assert.Single(family.Students).FirstName);
    }

    [Fact]
    public async Task The_model_to_download_is_docs_import_exemple_and_passes_the_dry_run_on_the_demo_data()
    {
        await App.Factory.Services.SeedDemoDataAsync(CancellationToken.None);
        var meudon = await App.WithDbAsync(db => db.Sites.AsNoTracking().SingleAsync(s => s.Name == "Meudon"));
        using var secretariat = App.Factory.CreateBrowser();
        (await secretariat.SignInStaffAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword)).Dispose();

        using var model = await secretariat.GetAsync(new Uri("/Admin/Import?handler=Modele", UriKind.Relative));
        var bytes = await model.Content.ReadAsByteArrayAsync();
        var page = await secretariat.GetPageAsync(await SendAsync(secretariat, meudon, bytes, "import-exemple.csv"));

        Assert.Equal(await File.ReadAllBytesAsync(Path.Combine(RepositoryRoot(), "docs", "import-exemple.csv")), bytes);
        Assert.Null(page.QuerySelector("#refusees"));
        Assert.Contains("0 refusée(s)", page.TextOf("#bilan"), StringComparison.Ordinal);
        Assert.Contains("2 famille(s) créée(s), 0 modifiée(s) ; 2 élève(s) créé(s), 0 modifié(s) ; 3 inscription(s) ajoutée(s)",
            page.TextOf("#bilan"), StringComparison.Ordinal);
        Assert.Equal("Importer", page.TextOf("main form[method=post] button"));
    }

    [Fact]
    public async Task Another_sites_import_answers_404_on_GET_and_POST()
    {
        using var office = await BackOffice.StartAsync(App);
        await AddCurrentYearAsync(App, office.Meudon);
        var verification = await SendAsync(office.MeudonSecretariat, office.Meudon, Utf8(Line("F1", "Lefèvre")));
        var tokenPage = await office.SevresSecretariat.GetPageAsync("/Admin/Import");

        await office.SevresSecretariat.GetPageAsync(verification, HttpStatusCode.NotFound);
        using var import = await office.SevresSecretariat.PostWithTokenAsync(tokenPage, verification, new Dictionary<string, string>());
        using var upload = await UploadToAsync(office.SevresSecretariat, tokenPage, office.Meudon.Id);

        Assert.Equal(HttpStatusCode.NotFound, import.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, upload.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.Families.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.ImportFiles.CountAsync()));
    }

    private static async Task<HttpResponseMessage> UploadToAsync(HttpClient client, AngleSharp.Html.Dom.IHtmlDocument tokenPage, int siteId)
    {
        var token = tokenPage.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(siteId.ToString(CultureInfo.InvariantCulture)), "Input.SiteId" },
            { new ByteArrayContent(Utf8(Line("F9", "Pirate"))), "Input.File", "pirate.csv" },
        };
        return await client.PostAsync(new Uri("/Admin/Import", UriKind.Relative), multipart);
    }

    private Task<(int Families, int Students, int Enrolments, int Accounts)> CountsAsync() =>
        App.WithDbAsync(async db => (
            await db.Families.CountAsync(),
            await db.Students.CountAsync(),
            await db.Enrollments.CountAsync(),
            await db.Users.CountAsync(u => u.UserName!.StartsWith("famille."))));

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Reinscription.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Reinscription.sln not found above the test assembly.");
    }
}
