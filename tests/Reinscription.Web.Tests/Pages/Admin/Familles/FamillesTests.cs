using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Families;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Familles;

public class FamillesTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task A_secretary_finds_a_family_by_a_students_first_name()
    {
        using var office = await BackOffice.StartAsync(App);
        var lefebvre = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));
        await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "martin1"));
        await BackOffice.AddStudentAsync(App, lefebvre, "Zoé", new DateOnly(2014, 9, 12));
        var sevresFamily = await App.WithDbAsync(db => db.AddFamilyAsync(office.Sevres, "lefebvre1"));
        await BackOffice.AddStudentAsync(App, sevresFamily, "Zoé", new DateOnly(2015, 1, 2));

        var accented = await office.MeudonSecretariat.GetPageAsync("/Admin/Familles?recherche=ZOÉ");

        Assert.Equal("1 famille trouvée.", accented.TextOf("#compte"));
        var row = Assert.Single(accented.QuerySelectorAll("#familles tbody tr"));
        Assert.Contains("lefebvre1", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("Meudon", row.TextContent, StringComparison.Ordinal);
        Assert.Contains("1 : Zoé Lefebvre", row.TextContent, StringComparison.Ordinal);
        Assert.Equal($"/Admin/Familles/Fiche/{lefebvre.Id}", row.QuerySelector("a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("zoe")]
    [InlineData("ZOE LEFEBVRE")]
    [InlineData("lefèbvre zoé")]
    public async Task A_search_finds_names_with_or_without_their_accents(string typed)
    {
        using var office = await BackOffice.StartAsync(App);
        var lefebvre = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));
        await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "martin1"));
        await BackOffice.AddStudentAsync(App, lefebvre, "Zoé", new DateOnly(2014, 9, 12));

        var found = await office.MeudonSecretariat.GetPageAsync($"/Admin/Familles?recherche={Uri.EscapeDataString(typed)}");

        Assert.Equal("1 famille trouvée.", found.TextOf("#compte"));
        Assert.Contains("1 : Zoé Lefebvre", Assert.Single(found.QuerySelectorAll("#familles tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_search_by_identifier_or_email_pages_its_results_by_25()
    {
        using var office = await BackOffice.StartAsync(App);
        for (var i = 1; i <= 30; i++)
        {
            await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, $"durand{i}"));
        }

        var first = await office.MeudonSecretariat.GetPageAsync("/Admin/Familles?recherche=durand");
        var second = await office.MeudonSecretariat.GetPageAsync("/Admin/Familles?recherche=durand&numero=2");
        var byEmail = await office.MeudonSecretariat.GetPageAsync("/Admin/Familles?recherche=durand17@example.org");

        Assert.Equal("30 familles trouvées. Page 1 sur 2.", first.TextOf("#compte"));
        Assert.Equal(25, first.QuerySelectorAll("#familles tbody tr").Length);
        Assert.Equal(5, second.QuerySelectorAll("#familles tbody tr").Length);
        Assert.Equal("Page précédente", second.TextOf("nav[aria-label='Pages de résultats'] a"));
        Assert.Contains("durand17", Assert.Single(byEmail.QuerySelectorAll("#familles tbody tr")).TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_staff_edit_applies_at_once_and_the_audit_log_keeps_before_and_after()
    {
        using var office = await BackOffice.StartAsync(App);
        var family = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));

        using var saved = await office.MeudonSecretariat.SubmitAsync($"/Admin/Familles/Modifier/{family.Id}", new Dictionary<string, string>
        {
            ["Input.Guardian1.MobilePhone"] = "06 11 22 33 44",
            ["Input.Guardian1.ExtraPhone2"] = "01 46 00 00 02",
            ["Input.Guardian1.Address"] = "5 rue des Peupliers",
        });
        var fiche = await office.MeudonSecretariat.GetPageAsync(saved.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        Assert.Equal("Fiche famille enregistrée (3 champ(s) modifié(s)).", fiche.TextOf("#confirmation"));
        var stored = await App.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.Id == family.Id));
        Assert.Equal("5 rue des Peupliers", stored.Guardian1.Address);
        Assert.Equal("01 46 00 00 02", stored.Guardian1.ExtraPhone2);
        Assert.Equal(0, await App.WithDbAsync(db => db.PendingChanges.CountAsync()));
        var entry = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == "family.edited"));
        Assert.Equal("Famille", entry.RecordType);
        Assert.Equal(family.Id.ToString(CultureInfo.InvariantCulture), entry.RecordId);
        Assert.Equal("secretariat.meudon@example.org", entry.ActorName);
        Assert.Equal(office.Meudon.Id, entry.SiteId);
        var address = Assert.Single(entry.Changes, c => c.Field == "Responsable 1 - Adresse");
        Assert.Equal(("3 rue des Lilas", "5 rue des Peupliers"), (address.Before, address.After));
        Assert.Contains(entry.Changes, c => c is { Field: "Responsable 1 - Tél supplémentaire 2", Before: null, After: "01 46 00 00 02" });
        Assert.Contains("Responsable 1 - Adresse : « 3 rue des Lilas » → « 5 rue des Peupliers »", fiche.TextOf("#journal-table"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_invalid_staff_edit_is_refused_next_to_the_field_and_changes_nothing()
    {
        using var office = await BackOffice.StartAsync(App);
        var family = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));

        using var refused = await office.MeudonSecretariat.SubmitAsync($"/Admin/Familles/Modifier/{family.Id}", new Dictionary<string, string>
        {
            ["Input.Guardian1.MobilePhone"] = "06 11 22 33 44",
            ["Input.Guardian1.ExtraPhone1"] = "12",
        });

        var page = await HtmlClient.ParseAsync(refused);
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Equal("Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96.",
            page.TextOf("[data-valmsg-for='Input.Guardian1.ExtraPhone1']"));
        Assert.Equal("12", page.QuerySelector("#Input_Guardian1_ExtraPhone1")!.GetAttribute("value"));
        Assert.Null(await App.WithDbAsync(db => db.Families.Where(f => f.Id == family.Id).Select(f => f.Guardian1.MobilePhone).SingleAsync()));
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }

    [Fact]
    public async Task A_secretary_creates_a_family_named_like_another_and_gets_the_next_identifier()
    {
        using var office = await BackOffice.StartAsync(App);
        await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "dupont1"));
        await App.WithDbAsync(db => db.AddFamilyAsync(office.Sevres, "dupont2"));

        using var created = await office.MeudonSecretariat.SubmitAsync("/Admin/Familles/Nouvelle", new Dictionary<string, string>
        {
            ["Input.Guardian1.Civility"] = "Monsieur",
            ["Input.Guardian1.LastName"] = "Dupont",
            ["Input.Guardian1.FirstName"] = "Gérard",
            ["Input.Guardian1.Address"] = "15 rue des Fleurs",
            ["Input.Guardian1.PostalCode"] = "92190",
            ["Input.Guardian1.Town"] = "Meudon",
            ["Input.Guardian1.MobilePhone"] = "06 12 12 12 12",
            ["Input.Guardian1.Email"] = "gerard.dupont@example.org",
        });
        var fiche = await office.MeudonSecretariat.GetPageAsync(created.Headers.Location!.OriginalString);

        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        Assert.StartsWith("Famille créée avec l'identifiant dupont2.", fiche.TextOf("#confirmation"), StringComparison.Ordinal);
        Assert.Contains("mot de passe pas encore choisi", fiche.TextOf("main > p"), StringComparison.Ordinal);
        var family = await App.WithDbAsync(db => db.Families.AsNoTracking().SingleAsync(f => f.SiteId == office.Meudon.Id && f.Identifier == "dupont2"));
        var account = await App.WithDbAsync(db => db.Users.AsNoTracking().SingleAsync(u => u.Id == family.AccountId));
        Assert.Equal($"famille.{office.Meudon.Id}.dupont2", account.UserName);
        Assert.Null(account.PasswordHash);
        var entry = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().SingleAsync(e => e.Action == "family.created"));
        Assert.Equal(family.Id.ToString(CultureInfo.InvariantCulture), entry.RecordId);
        Assert.Contains(entry.Changes, c => c is { Field: "Responsable 1 - Nom", Before: null, After: "Dupont" });
    }

    [Fact]
    public async Task A_secretary_adds_a_student_then_corrects_its_birth_date_both_audited()
    {
        using var office = await BackOffice.StartAsync(App);
        var family = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));

        using var added = await office.MeudonSecretariat.SubmitAsync($"/Admin/Familles/NouvelEleve/{family.Id}", new Dictionary<string, string>
        {
            ["Input.Civility"] = "Madame",
            ["Input.FirstName"] = "Zoé",
            ["Input.BirthDate"] = "2014-09-12",
        });
        var student = await App.WithDbAsync(db => db.Students.AsNoTracking().SingleAsync(s => s.FamilyId == family.Id));
        using var corrected = await office.MeudonSecretariat.SubmitAsync($"/Admin/Familles/Eleve/{student.Id}", new Dictionary<string, string>
        {
            ["Input.BirthDate"] = "2014-09-21",
        });
        var fiche = await office.MeudonSecretariat.GetPageAsync($"/Admin/Familles/Fiche/{family.Id}");

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, corrected.StatusCode);
        Assert.Equal("LEFEBVRE Zoé", fiche.TextOf("#eleves .eleve h3"));
        Assert.Equal(new DateOnly(2014, 9, 21), await App.WithDbAsync(db => db.Students.Where(s => s.Id == student.Id).Select(s => s.BirthDate).SingleAsync()));
        var actions = await App.WithDbAsync(db => db.AuditLog.AsNoTracking().OrderBy(e => e.Id).ToListAsync());
        Assert.Equal(["student.created", "student.edited"], actions.Select(e => e.Action));
        var birth = Assert.Single(actions[1].Changes);
        Assert.Equal(("Date de naissance", "12/09/2014", "21/09/2014"), (birth.Field, birth.Before, birth.After));
    }

    [Fact]
    public async Task Another_sites_family_and_student_answer_404_on_GET_and_POST()
    {
        using var office = await BackOffice.StartAsync(App);
        var family = await App.WithDbAsync(db => db.AddFamilyAsync(office.Meudon, "lefebvre1"));
        var student = await BackOffice.AddStudentAsync(App, family, "Zoé", new DateOnly(2014, 9, 12));
        var sevres = office.SevresSecretariat;
        var tokenPage = await sevres.GetPageAsync("/Admin/Familles/Nouvelle");

        foreach (var url in new[] { $"/Admin/Familles/Fiche/{family.Id}", $"/Admin/Familles/Modifier/{family.Id}", $"/Admin/Familles/NouvelEleve/{family.Id}", $"/Admin/Familles/Eleve/{student.Id}" })
        {
            await sevres.GetPageAsync(url, HttpStatusCode.NotFound);
        }

        var posts = new (string Url, Dictionary<string, string> Values)[]
        {
            ($"/Admin/Familles/Modifier/{family.Id}", new() { ["Input.Guardian1.LastName"] = "Pirate" }),
            ($"/Admin/Familles/Eleve/{student.Id}", new() { ["Input.FirstName"] = "Pirate" }),
            ($"/Admin/Familles/NouvelEleve/{family.Id}", new() { ["Input.FirstName"] = "Pirate" }),
            ("/Admin/Familles/Nouvelle", new()
            {
                ["Input.SiteId"] = office.Meudon.Id.ToString(CultureInfo.InvariantCulture),
                ["Input.Guardian1.Civility"] = "Madame", ["Input.Guardian1.LastName"] = "Pirate", ["Input.Guardian1.FirstName"] = "Anne",
                ["Input.Guardian1.Address"] = "1 rue", ["Input.Guardian1.PostalCode"] = "92310", ["Input.Guardian1.Town"] = "Sèvres",
                ["Input.Guardian1.MobilePhone"] = "0612121212", ["Input.Guardian1.Email"] = "pirate@example.org",
            }),
        };
        foreach (var (url, values) in posts)
        {
            using var response = await sevres.PostWithTokenAsync(tokenPage, url, values);
            Assert.True(response.StatusCode == HttpStatusCode.NotFound, $"{url} answered {response.StatusCode}");
        }

        Assert.Equal("Lefebvre", await App.WithDbAsync(db => db.Families.Where(f => f.Id == family.Id).Select(f => f.Guardian1.LastName).SingleAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.Students.CountAsync()));
        Assert.Equal(1, await App.WithDbAsync(db => db.Families.CountAsync()));
    }
}
