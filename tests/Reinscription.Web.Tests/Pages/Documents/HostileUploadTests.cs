using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Documents;
using Reinscription.Web.Tests.Documents;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Web.Tests.Pages.Documents;

/// <summary>Hostile uploads through the real form (ASVS 5.0, V5): refused in French, nothing stored, the app unharmed.</summary>
public class HostileUploadTests(AppFixture app) : AppTest(app)
{
    private const string FamilyPage = "/Famille/Documents";

    [Fact]
    public async Task V5_2_3_a_pdf_inflating_to_gigabytes_is_refused_within_two_seconds_while_another_family_browses()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        using var martin = await App.SignInDemoFamilyAsync(demo.Meudon, "martin1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");
        var bomb = HostileFiles.InflatingPdf();

        // What the first upload of a process pays once, compiling the code on its way, is not the bomb's doing.
        (await dupont.UploadAsync(FamilyPage, address, [], "vide.pdf")).Dispose();
        FileInspector.Inspect(TestFiles.Pdf(["Quittance"]), "quittance.pdf", new(UploadFormats.All, 1024 * 1024, DocumentKind.Other, null), default);
        var page = await dupont.GetPageAsync(FamilyPage);

        var upload = Timed(() => dupont.UploadAsync(page, FamilyPage, address, bomb, "facture.pdf"));
        var browsing = Timed(() => martin.GetAsync(new Uri("/Famille", UriKind.Relative)));
        var ((uploaded, uploadTime), (browsed, browseTime)) = (await upload, await browsing);
        using var refused = uploaded;
        using var other = browsed;

        Assert.Equal(
            "Ce PDF demande trop de ressources pour être vérifié : ouvrez-le, choisissez « Imprimer » puis "
            + "« Enregistrer au format PDF », ou numérisez le document, et envoyez cette copie.",
            (await HtmlClient.ParseAsync(refused)).TextOf($"#piece-{address}-erreur"));
        Assert.True(uploadTime < TimeSpan.FromSeconds(2), $"refused after {uploadTime}");
        Assert.Equal(HttpStatusCode.OK, other.StatusCode);
        Assert.True(browseTime < TimeSpan.FromSeconds(2), $"the other family waited {browseTime}");
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task V5_4_3_an_infected_file_is_refused_and_nothing_is_stored()
    {
        _ = TestEnvironment.RequiredClamdSocket;
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        using var response = await dupont.UploadAsync(FamilyPage, address, HostileFiles.Eicar(), "facture.pdf");
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(
            "Notre antivirus a détecté un virus dans ce fichier : il n'a pas été enregistré. "
            + "Analysez votre appareil, puis envoyez une copie saine du document.",
            page.TextOf($"#piece-{address}-erreur"));
        Assert.Equal("À fournir", page.TextOf($"#piece-{address} td.etat"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task V5_4_3_when_clamd_does_not_answer_a_clean_file_is_refused_not_stored_unscanned()
    {
        var demo = await App.SeedDemoAsync();
        await using var factory = WithClamd($"unix:{Path.Combine(Path.GetTempPath(), $"no-clamd-{Guid.NewGuid():N}.sock")}");
        using var dupont = factory.CreateBrowser();
        (await dupont.SignInFamilyAsync(demo.Meudon, "dupont1", DemoSeeder.ParentPassword)).Dispose();
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        using var response = await dupont.UploadAsync(FamilyPage, address, TestFiles.Pdf(["Quittance de loyer"]), "quittance.pdf");
        using var client = factory.CreateClient();
        using var health = await client.GetAsync(new Uri("/health", UriKind.Relative));

        Assert.Equal(
            "La vérification antivirus des fichiers est momentanément indisponible : votre fichier n'a pas été enregistré. "
            + "Réessayez plus tard.",
            (await HtmlClient.ParseAsync(response)).TextOf($"#piece-{address}-erreur"));
        Assert.Equal((0, 0), await CountsAsync());
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        Assert.Equal(
            ["Degraded", "postgresql: Healthy", "antivirus: Degraded - scanning on, clamd does not answer: uploads are refused"],
            (await health.Content.ReadAsStringAsync()).Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task V5_4_3_health_says_whether_uploads_are_scanned()
    {
        _ = TestEnvironment.RequiredClamdSocket;
        await using var unscanned = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort);
        using var scanning = App.Factory.CreateClient();
        using var notScanning = unscanned.CreateClient();

        var on = await scanning.GetStringAsync(new Uri("/health", UriKind.Relative));
        var off = await notScanning.GetStringAsync(new Uri("/health", UriKind.Relative));

        Assert.Contains("\nantivirus: Healthy - scanning on, clamd answers\n", on, StringComparison.Ordinal);
        Assert.Contains("\nantivirus: Healthy - scanning off (Antivirus:Clamd is not set)\n", off, StringComparison.Ordinal);
    }

    [Fact]
    public async Task V5_2_1_a_file_over_the_sites_limit_gets_the_french_message_next_to_its_line_not_a_413()
    {
        var demo = await App.SeedDemoAsync();
        using var dupont = await App.SignInDemoFamilyAsync(demo.Meudon, "dupont1");
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        // A phone photo at full resolution: over the site's 2 MB and over the 8 MiB the form once took.
        using var response = await dupont.UploadAsync(FamilyPage, address, Padded(TestFiles.Jpeg(), 12 * 1024 * 1024), "photo.jpg");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Le fichier dépasse la taille maximale de 2 Mo.", (await HtmlClient.ParseAsync(response)).TextOf($"#piece-{address}-erreur"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    [Fact]
    public async Task V5_2_1_a_request_over_the_upload_limit_gets_a_french_page_from_the_real_server_not_a_reset()
    {
        var demo = await App.SeedDemoAsync();
        var address = await App.RequirementIdAsync("Justificatif de domicile de moins");

        // Kestrel, which enforces request limits (the in-memory test server does not), on plain HTTP as
        // scripts/run serves it: hence Development, whose cookies travel without TLS.
        await using var server = new ReinscriptionFactory(App.Database.ConnectionString, App.Mail.SmtpPort, environment: "Development");
        server.UseKestrel(0);
        server.StartServer();
        var listening = server.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.First();
        using var dupont = server.CreateClient(new WebApplicationFactoryClientOptions
        {
            AllowAutoRedirect = false,
            HandleCookies = true,
            BaseAddress = new Uri(listening),
        });
        (await dupont.SignInFamilyAsync(demo.Meudon, "dupont1", DemoSeeder.ParentPassword)).Dispose();

        using var response = await dupont.UploadAsync(
            FamilyPage, address, Padded(TestFiles.Jpeg(), (int)DocumentUploads.RequestLimitBytes + 1), "scan.jpg");
        var page = await HtmlClient.ParseAsync(response);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("Fichier trop volumineux", page.TextOf("h1"));
        Assert.Equal(
            "Le fichier envoyé dépasse 32 Mo : il n'a pas été enregistré. Réduisez-le, par exemple en le numérisant en plus "
            + "basse définition, puis envoyez-le à nouveau depuis la page des documents.",
            page.TextOf("main p"));
        Assert.Equal((0, 0), await CountsAsync());
    }

    private ReinscriptionFactory WithClamd(string clamd) =>
        new(App.Database.ConnectionString, App.Mail.SmtpPort, new Dictionary<string, string> { ["Antivirus:Clamd"] = clamd });

    private static async Task<(T Result, TimeSpan Elapsed)> Timed<T>(Func<Task<T>> request)
    {
        var watch = Stopwatch.StartNew();
        var result = await request();
        return (result, watch.Elapsed);
    }

    /// <summary>Bytes after the end of a JPEG are ignored by viewers and by the inspection.</summary>
    private static byte[] Padded(byte[] file, int length)
    {
        var padded = new byte[length];
        file.CopyTo(padded, 0);
        return padded;
    }

    private Task<(int Documents, int Files)> CountsAsync() =>
        App.WithDbAsync(async db => (await db.SubmittedDocuments.CountAsync(), await db.StoredFiles.CountAsync()));
}
