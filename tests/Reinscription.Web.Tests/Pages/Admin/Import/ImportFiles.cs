using System.Net.Http.Headers;
using System.Text;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Import;

/// <summary>CSV files as the management system exports them, and sending them through the real upload form.</summary>
internal static class ImportFiles
{
    public const string Header =
        "id_famille;identifiant;civilite_resp1;nom_resp1;prenom_resp1;adresse;code_postal;ville;tel_domicile;mobile_resp1;tel_pro_resp1;" +
        "email_resp1;civilite_resp2;nom_resp2;prenom_resp2;mobile_resp2;email_resp2;resident;id_eleve;civilite_eleve;nom_eleve;" +
        "prenom_eleve;date_naissance_eleve;discipline;cours;jour;professeur";

    /// <summary>One line: the family's columns, then the student's and the course's (empty when not given).</summary>
    public static string Line(
        string familyId,
        string lastName,
        string firstName = "Hélène",
        string identifier = "",
        string mobile = "06 11 22 33 44",
        string studentId = "",
        string studentFirstName = "",
        string birthDate = "",
        string discipline = "",
        string course = "") =>
        string.Join(';',
            familyId, identifier, "Madame", lastName, firstName, "8 rue de l'Église", "92190", "Meudon", "", mobile, "",
            $"{firstName}.{lastName}@example.org".ToLowerInvariant().Replace("è", "e", StringComparison.Ordinal).Replace("é", "e", StringComparison.Ordinal),
            "", "", "", "", "", "oui",
            studentId, studentId.Length == 0 ? "" : "Madame", studentId.Length == 0 ? "" : lastName, studentFirstName, birthDate,
            discipline, course, "", "");

    public static byte[] Utf8(params string[] lines) => Encoding.UTF8.GetBytes(string.Join("\r\n", [Header, .. lines]) + "\r\n");

    /// <summary>The current year 2025-2026 and its two courses in which the files enrol students.</summary>
    public static async Task AddCurrentYearAsync(AppFixture app, Site site) =>
        await app.WithDbAsync(async db =>
        {
            var year = new SchoolYear(2025);
            year.MakeCurrent();
            var fm = new Discipline(site.Id, "Formation musicale", DisciplineKind.MusicTheory);
            var cello = new Discipline(site.Id, "Violoncelle", DisciplineKind.Instrument);
            db.AddRange(year, fm, cello);
            await db.SaveChangesAsync();
            db.Courses.AddRange(
                new Course(site.Id, year.Id, fm.Id, "FM 2.1 (21)", 14, ChoiceMode.FamilyChooses),
                new Course(site.Id, year.Id, cello.Id, "Violoncelle", 1, ChoiceMode.Assigned));
            await db.SaveChangesAsync();
        });

    /// <summary>Sends the file with the page's real form; returns the verification page's address.</summary>
    public static async Task<string> SendAsync(HttpClient client, Site site, byte[] content, string fileName = "familles.csv")
    {
        var page = await client.GetPageAsync("/Admin/Import");
        var token = page.QuerySelector("main form input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var multipart = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)), "Input.SiteId" },
        };
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("text/csv");
        multipart.Add(file, "Input.File", fileName);
        using var response = await client.PostAsync(new Uri("/Admin/Import", UriKind.Relative), multipart);
        Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return response.Headers.Location!.OriginalString;
    }

    /// <summary>Clicks "Importer" (or forges it with the page's token when the page offers no button).</summary>
    public static async Task<HttpResponseMessage> ImportAsync(HttpClient client, string verificationUrl)
    {
        var page = await client.GetPageAsync(verificationUrl);
        return await client.PostWithTokenAsync(page, verificationUrl, new Dictionary<string, string>());
    }
}
