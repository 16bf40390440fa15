using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Rgpd;

public class ExportTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task The_secretariat_downloads_a_familys_data_as_a_zip_of_its_records_and_files()
    {
        var demo = await App.SeedDemoAsync();
        await App.WithDbAsync(db => db.AddSubmittedDocumentAsync(demo.Lucas, "Justificatif de domicile de moins de 3 mois", "quittance.pdf", 1234, DateTimeOffset.UtcNow));
        var (familyId, documentId) = await App.WithDbAsync(async db =>
            (await db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.FamilyId).SingleAsync(),
             await db.SubmittedDocuments.Select(d => d.Id).SingleAsync()));
        using var staff = await App.SignInStaffBrowserAsync("secretariat.meudon@example.org", DemoSeeder.StaffPassword);

        using var response = await staff.GetAsync(new Uri($"/Admin/Rgpd/Export/{familyId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("donnees-dupont1-", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), StringComparison.Ordinal);
        var entries = await ZipFiles.EntriesAsync(response);
        Assert.Equal(["documents/" + documentId + "-quittance.pdf", "donnees.json"], entries.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(1234, entries[$"documents/{documentId}-quittance.pdf"].Length);
        var json = ZipFiles.Json(entries["donnees.json"]);
        Assert.Equal("dupont1", json.GetProperty("family").GetProperty("identifier").GetString());
        Assert.Equal("Claire", json.GetProperty("family").GetProperty("guardian1").GetProperty("firstName").GetString());
        var students = json.GetProperty("students").EnumerateArray().Select(s => s.GetProperty("firstName").GetString()).ToList();
        Assert.Equal(["Lucas", "Emma"], students);
        var lucas = json.GetProperty("students")[0];
        Assert.Contains(lucas.GetProperty("enrolments").EnumerateArray(), e => e.GetProperty("course").GetString() == "FM 2.1 (21)");
        Assert.Equal($"documents/{documentId}-quittance.pdf", json.GetProperty("documents")[0].GetProperty("file").GetString());
        Assert.Equal(2, json.GetProperty("invoices").GetArrayLength());
        var line = await App.WithDbAsync(db => db.AuditLog.SingleAsync(l => l.Action == "rgpd.exported"));
        Assert.Equal(("Famille", familyId.ToString(System.Globalization.CultureInfo.InvariantCulture)), (line.RecordType, line.RecordId));
    }

    [Fact]
    public async Task Another_sites_secretariat_gets_404_for_the_export()
    {
        var demo = await App.SeedDemoAsync();
        var familyId = await App.WithDbAsync(db => db.Students.Where(s => s.Id == demo.Lucas).Select(s => s.FamilyId).SingleAsync());
        using var sevres = await App.SignInStaffBrowserAsync("secretariat.sevres@example.org", DemoSeeder.StaffPassword);

        using var response = await sevres.GetAsync(new Uri($"/Admin/Rgpd/Export/{familyId}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(0, await App.WithDbAsync(db => db.AuditLog.CountAsync()));
    }
}
