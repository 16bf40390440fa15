using System.Net;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Staff;
using Reinscription.Web.Documents;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Admin.Sites;

public class SiteSettingsTests(AppFixture app) : AppTest(app)
{
    [Fact]
    public async Task V5_2_1_a_site_may_not_set_a_file_size_its_upload_pages_would_not_let_through()
    {
        var demo = await App.SeedDemoAsync();
        await App.AddStaffAsync("direction.meudon@example.org", "Personnel2026", (demo.Meudon, StaffRole.Admin));
        using var admin = App.Factory.CreateBrowser();
        (await admin.SignInStaffAsync("direction.meudon@example.org", "Personnel2026")).Dispose();
        var settings = $"/Admin/Sites/Modifier/{demo.Meudon.Id}";
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        using var tooLarge = await admin.SubmitAsync(settings, new Dictionary<string, string> { ["Input.MaxUploadMegabytes"] = "10.5" });
        using var largest = await admin.SubmitAsync(settings, new Dictionary<string, string> { ["Input.MaxUploadMegabytes"] = "10" });
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var upload = await dupont.UploadAsync("/Famille/Documents", address, TestFiles.PdfOfSize(DocumentUploads.LargestFileBytes), "scan.pdf");

        Assert.Equal(
            "La taille maximale d'un fichier doit être comprise entre 0,5 et 10 Mo.",
            (await HtmlClient.ParseAsync(tooLarge)).TextOf("[data-valmsg-for='Input.MaxUploadMegabytes']"));
        Assert.Equal(HttpStatusCode.Redirect, largest.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        Assert.Equal(
            DocumentUploads.LargestFileBytes,
            await App.WithDbAsync(db => db.StoredFiles.Select(f => f.SizeBytes).SingleAsync()));
    }
}
