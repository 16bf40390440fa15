using System.Diagnostics;
using System.Text;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Tests.Documents;

/// <summary>What the inspection does with files made to hurt it (ASVS 5.0, V5.2).</summary>
public class HostileFileInspectionTests
{
    private const string TooCostly =
        "Ce PDF demande trop de ressources pour être vérifié : ouvrez-le, choisissez « Imprimer » puis "
        + "« Enregistrer au format PDF », ou numérisez le document, et envoyez cette copie.";

    private static readonly UploadExpectations AnyDocument = new(UploadFormats.All, 2 * 1024 * 1024, DocumentKind.Other, null);

    private static readonly UploadExpectations CafAttestation = AnyDocument with { Kind = DocumentKind.CafAttestation };

    private static InspectionResult Inspect(byte[] content, UploadExpectations? expected = null) =>
        FileInspector.Inspect(content, "document.pdf", expected ?? AnyDocument, new DateOnly(2026, 11, 23));

    private static string Refusal(byte[] content) => Assert.IsType<FileRefused>(Inspect(content)).Message;

    [Fact]
    public void V5_2_3_a_2_kb_pdf_whose_pages_inflate_to_4_gib_is_refused_at_once()
    {
        var pdf = HostileFiles.InflatingPdf();
        Inspect(TestFiles.Pdf(["Quittance"]));
        var watch = Stopwatch.StartNew();

        var refusal = Refusal(pdf);

        Assert.True(pdf.Length < 3000, $"{pdf.Length} bytes");
        Assert.Equal(TooCostly, refusal);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"refused after {watch.Elapsed}");
    }

    [Fact]
    public void V5_2_1_a_pdf_that_needs_more_time_and_memory_than_its_budget_is_refused()
    {
        var pdf = HostileFiles.SlowPdf();

        Assert.True(pdf.Length < 20_000, $"{pdf.Length} bytes");
        Assert.Equal(TooCostly, Refusal(pdf));
    }

    [Fact]
    public void V5_2_3_an_lzw_stream_is_measured_as_pdfpig_decodes_it()
    {
        // Long enough for the codes to widen from 9 to 12 bits, and the table to be cleared.
        var lines = Enumerable.Range(0, 400).Select(i => $"BT /F1 9 Tf 40 {800 - (i % 80 * 10)} Td (Ligne {i} sans montant) Tj ET\n");
        var text = Encoding.ASCII.GetBytes(string.Concat(lines) + "BT /F1 11 Tf 50 20 Td (Quotient familial : 712 le 02/10/2026) Tj ET\n");

        var accepted = Assert.IsType<FileAccepted>(Inspect(HostileFiles.LzwPdf(text), CafAttestation));
        var bomb = HostileFiles.LzwPdf(new byte[8 * 1024 * 1024]);

        Assert.Equal("QF 712 ; daté du 02/10/2026", accepted.Hints);
        Assert.True(bomb.Length < 40_000, $"{bomb.Length} bytes");
        Assert.Equal(TooCostly, Refusal(bomb));
    }

    [Fact]
    public void V5_2_1_time_spent_waiting_for_a_core_is_not_charged_to_the_file()
    {
        // Processor time is read on Linux, where the app runs; elsewhere the budget is elapsed time.
        if (!OperatingSystem.IsLinux())
        {
            return;
        }

        var budget = new InspectionBudget();
        Thread.Sleep(InspectionBudget.Time + TimeSpan.FromMilliseconds(100));

        budget.Checkpoint();
        Assert.False(budget.IsSpent);
    }

    public static TheoryData<string, byte[], string> ActiveContentFiles => new()
    {
        {
            "JavaScript run on opening",
            HostileFiles.PdfWith("/OpenAction << /S /JavaScript /JS (app.alert\\(1\\)) >>"),
            "du code JavaScript"
        },
        {
            "a link that starts a program",
            HostileFiles.PdfWith(pageEntries: "/Annots [<< /Type /Annot /Subtype /Link /Rect [0 0 595 842] /A << /S /Launch /F (calc.exe) >> >>]"),
            "une commande qui lance un programme"
        },
        {
            "an attached executable",
            HostileFiles.PdfWith(
                "/Names << /EmbeddedFiles << /Names [(facture.exe) 5 0 R] >> >>",
                "",
                "<< /Type /Filespec /F (facture.exe) /EF << /F 6 0 R >> >>",
                "<< /Type /EmbeddedFile /Length 2 >>\nstream\nMZ\nendstream"),
            "des fichiers joints"
        },
        {
            "JavaScript behind an escaped name, inside a compressed object stream",
            HostileFiles.PdfWithObjectStream("/OpenAction 6 0 R", "<< /S /JavaScr#69pt /JS 7 0 R >>", "(app.launchURL\\('https://example.org'\\))"),
            "du code JavaScript"
        },
        {
            "JavaScript and an attachment",
            HostileFiles.PdfWith("/Names << /JavaScript 5 0 R /EmbeddedFiles 6 0 R >>", "", "<< /Names [] >>", "<< /Names [] >>"),
            "du code JavaScript et des fichiers joints"
        },
    };

    [Theory]
    [MemberData(nameof(ActiveContentFiles))]
    public void V5_2_2_a_pdf_with_javascript_a_launch_action_or_an_attached_file_is_refused(string what, byte[] pdf, string found)
    {
        Assert.NotNull(what);

        Assert.Equal(
            $"Ce PDF contient {found} : par sécurité, il n'est pas accepté. "
            + "Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et envoyez cette copie.",
            Refusal(pdf));
    }

    [Fact]
    public void V5_2_2_the_same_pdf_without_active_content_is_accepted()
    {
        Assert.Equal(1, Assert.IsType<FileAccepted>(Inspect(HostileFiles.PdfWith())).PageCount);
        Assert.Equal(1, Assert.IsType<FileAccepted>(Inspect(HostileFiles.PdfWithObjectStream("", "<< /Producer (Scanner) >>"))).PageCount);
    }

    [Theory]
    [InlineData("png", 8_000, 6_000)]
    [InlineData("jpeg", 4_961, 7_016)]
    public void V5_2_6_a_phone_photo_or_a_600_dpi_a4_scan_is_accepted(string format, int width, int height) =>
        Assert.IsType<FileAccepted>(Inspect(format == "png" ? HostileFiles.Png(width, height) : HostileFiles.Jpeg((ushort)width, (ushort)height)));

    [Theory]
    [InlineData("png", 50_000, 50_000, "50 000 × 50 000")]
    [InlineData("png", 100_000, 600, "100 000 × 600")]
    [InlineData("jpeg", 65_000, 65_000, "65 000 × 65 000")]
    [InlineData("jpeg", 10_000, 5_001, "10 000 × 5 001")]
    public void V5_2_6_an_image_of_more_pixels_than_any_scan_needs_is_refused(string format, int width, int height, string shown)
    {
        var image = format == "png" ? HostileFiles.Png(width, height) : HostileFiles.Jpeg((ushort)width, (ushort)height);

        Assert.Equal(
            $"Cette image mesure {shown} pixels, bien plus qu'un document numérisé n'en demande : "
            + "enregistrez-la en plus basse définition (50 millions de pixels au plus) puis réessayez.",
            Refusal(image).Replace('\u202f', ' ').Replace('\u00a0', ' '));
    }
}
