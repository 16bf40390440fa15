using System.Globalization;
using System.Net;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Demandes;

/// <summary>The campaign's CSV files, read back the way a spreadsheet or the import would read them.</summary>
public class ExportTests(AppFixture app) : AppTest(app)
{
    /// <summary>The header of docs/import-exemple.csv (branch i12b-families): what the families import reads.</summary>
    private const string ImportHeader =
        "id_famille;identifiant;civilite_resp1;nom_resp1;prenom_resp1;adresse;code_postal;ville;tel_domicile;mobile_resp1;tel_pro_resp1;" +
        "email_resp1;civilite_resp2;nom_resp2;prenom_resp2;mobile_resp2;email_resp2;resident;id_eleve;civilite_eleve;nom_eleve;" +
        "prenom_eleve;date_naissance_eleve;discipline;cours;jour;professeur";

    private int _zoeFamily;

    /// <summary>Lucas has sent his request, Zoé's is validated, Emma leaves, Inès's address proof was refused.</summary>
    private async Task<HttpClient> SeasonAsync()
    {
        var demo = await App.SeedDemoAsync();
        await App.AddRequestAsync(demo.Lucas, RequestStage.Submitted, answers: r => r.ChangeWishes(new RequestWishes(FirstInstrumentWish: "Alto")));
        await App.AddRequestAsync(demo.Emma, RequestStage.NotReenrolling);
        var zoe = await App.AddMeudonStudentAsync("lefevre1", "Lefèvre", "Zoé");
        await App.AddRequestAsync(zoe, RequestStage.Validated);
        await App.AddDocumentAsync(zoe, "Justificatif de domicile de moins", DocumentState.Validated);
        _zoeFamily = await App.WithDbAsync(async db =>
        {
            var student = await db.Students.Include(s => s.Family).SingleAsync(s => s.Id == zoe);
            student.Family!.LinkToManagementSystem("F-1042");
            student.LinkToManagementSystem("E-2001");
            await db.SaveChangesAsync();
            return student.FamilyId;
        });
        var ines = await App.AddMeudonStudentAsync("roux1", "Roux", "Inès");
        await App.AddRequestAsync(ines, RequestStage.Submitted);
        await App.AddDocumentAsync(ines, "Justificatif de domicile de moins", DocumentState.Refused);
        return await App.SignInMeudonSecretariatAsync();
    }

    [Fact]
    public async Task The_requests_export_has_one_line_per_course_with_the_familys_answers_and_accents_intact()
    {
        using var staff = await SeasonAsync();

        var (header, rows) = await DownloadAsync(staff, "demandes", "demandes-meudon-2026-2027.csv");

        Assert.Equal(
            ["site", "identifiant_famille", "nom_eleve", "prenom_eleve", "statut", "transmise_le", "droit_image", "autorisation_sortie", "discipline",
             "cours_actuel", "reinscrit", "cours_2026-2027", "liste_attente", "voeu_instrument_1", "voeu_instrument_2", "pratique_collective", "nouvelles_disciplines",
             "autre_conservatoire", "freres_et_soeurs"],
            header);
        var lucas = rows.Where(r => r["prenom_eleve"] == "Lucas").ToList();
        Assert.Equal(["Formation musicale", "Orchestre", "Violoncelle"], lucas.Select(r => r["discipline"]).ToArray());
        Assert.Equal((RequestData.Slot33Label, "Alto", "Transmise", "12/05/2026 à 18:30"),
            (lucas[0]["cours_2026-2027"], lucas[0]["voeu_instrument_1"], lucas[0]["statut"], lucas[0]["transmise_le"]));
        Assert.Equal("Attribué par le conservatoire", lucas[2]["cours_2026-2027"]);
        var zoe = rows.Single(r => r["prenom_eleve"] == "Zoé");
        Assert.Equal(("Lefèvre", "Validée", "Meudon"), (zoe["nom_eleve"], zoe["statut"], zoe["site"]));
        var emma = rows.Single(r => r["prenom_eleve"] == "Emma");
        Assert.Equal(("Ne se réinscrit pas", ""), (emma["statut"], emma["discipline"]));
    }

    [Fact]
    public async Task The_seats_export_gives_each_course_of_next_year_its_capacity_and_seats_taken()
    {
        using var staff = await SeasonAsync();

        var (_, rows) = await DownloadAsync(staff, "places", "places-meudon-2026-2027.csv");

        var slot = rows.Single(r => r["cours"] == RequestData.Slot33);
        Assert.Equal(("jeudi", "17:00", "18:30", "Mme Girard", "12", "7", "5"),
            (slot["jour"], slot["debut"], slot["fin"], slot["professeur"], slot["capacite"], slot["places_prises"], slot["places_restantes"]));
        Assert.Equal("attribué par le conservatoire", rows.Single(r => r["cours"] == "Danse classique 1C3")["mode"]);
        Assert.Equal(11, rows.Count);
    }

    [Fact]
    public async Task The_missing_documents_export_lists_each_familys_lines_still_owed()
    {
        using var staff = await SeasonAsync();

        var (header, rows) = await DownloadAsync(staff, "pieces-manquantes", "pieces-manquantes-meudon-2026-2027.csv");

        Assert.Equal(["identifiant_famille", "responsable_1", "email_resp1", "email_resp2", "pour", "piece", "etat"], header);
        var dupont = rows.Where(r => r["identifiant_famille"] == "dupont1").ToList();
        Assert.Equal("Madame Claire DUPONT", dupont[0]["responsable_1"]);
        Assert.Equal("laurent.dupont@example.org", dupont[0]["email_resp2"]);
        Assert.Contains(dupont, r => r["pour"] == "Famille" && r["piece"] == "Justificatif de domicile de moins de 3 mois" && r["etat"] == "À fournir");
        Assert.Single(dupont, r => r["piece"] == "Attestation CAF 2026 avec quotient familial");
        Assert.Contains(dupont, r => r["pour"] == "DUPONT Emma" && r["piece"] == "Certificat médical DANSE");
        Assert.Contains(rows, r => r["identifiant_famille"] == "roux1" && r["etat"] == "Refusé : Document illisible");
        Assert.DoesNotContain(rows, r => r["identifiant_famille"] == "lefevre1");
        Assert.DoesNotContain(rows, r => r["piece"].Contains("facultatif", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Next_years_confirmed_enrolments_come_in_the_columns_the_families_import_reads()
    {
        using var staff = await SeasonAsync();

        var (header, rows) = await DownloadAsync(staff, "inscriptions", "inscriptions-meudon-2026-2027.csv");

        Assert.Equal(ImportHeader, string.Join(';', header));
        var zoe = Assert.Single(rows);
        Assert.Equal(("F-1042", "E-2001"), (zoe["id_famille"], zoe["id_eleve"]));
        Assert.Equal(
            ("lefevre1", "Madame", "Lefebvre", "lefevre1@example.org", "non", "Lefèvre", "Zoé", "12/09/2014"),
            (zoe["identifiant"], zoe["civilite_resp1"], zoe["nom_resp1"], zoe["email_resp1"], zoe["resident"], zoe["nom_eleve"], zoe["prenom_eleve"], zoe["date_naissance_eleve"]));
        Assert.Equal(("Formation musicale", RequestData.Slot33, "jeudi", "Mme Girard"), (zoe["discipline"], zoe["cours"], zoe["jour"], zoe["professeur"]));
    }

    [Fact]
    public async Task A_family_created_by_hand_goes_out_under_an_id_no_management_system_id_can_match()
    {
        using var staff = await SeasonAsync();
        await App.WithDbAsync(async db =>
        {
            var family = await db.Families.Include(f => f.Students).SingleAsync(f => f.Id == _zoeFamily);
            family.LinkToManagementSystem(null);
            family.Students.Single().LinkToManagementSystem(null);
            await db.SaveChangesAsync();
        });
        var zoeId = await App.WithDbAsync(db => db.Students.Where(s => s.FamilyId == _zoeFamily).Select(s => s.Id).SingleAsync());

        var (_, rows) = await DownloadAsync(staff, "inscriptions", "inscriptions-meudon-2026-2027.csv");

        var zoe = Assert.Single(rows);
        Assert.Equal(
            ("extranet-" + _zoeFamily.ToString(CultureInfo.InvariantCulture), "extranet-" + zoeId.ToString(CultureInfo.InvariantCulture)),
            (zoe["id_famille"], zoe["id_eleve"]));
    }

    [Fact]
    public async Task An_unknown_export_is_not_found()
    {
        using var staff = await SeasonAsync();

        using var response = await staff.GetAsync(new Uri($"/Admin/Demandes/Export/tout?campagne={await App.MeudonCampaignIdAsync()}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    /// <summary>Downloads an export and reads it as French Excel would: UTF-8 announced by its byte order mark, ';' between fields.</summary>
    private async Task<(string[] Header, List<Dictionary<string, string>> Rows)> DownloadAsync(HttpClient staff, string file, string fileName)
    {
        using var response = await staff.GetAsync(new Uri($"/Admin/Demandes/Export/{file}?campagne={await App.MeudonCampaignIdAsync()}", UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(fileName, response.Content.Headers.ContentDisposition?.FileName);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);

        using var reader = new StreamReader(new MemoryStream(bytes), new UTF8Encoding(false), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.GetCultureInfo("fr-FR")) { Delimiter = ";" });
        Assert.True(await csv.ReadAsync());
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (await csv.ReadAsync())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return (header, rows);
    }
}
