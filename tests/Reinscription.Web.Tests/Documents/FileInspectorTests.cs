using System.Globalization;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Tests.Documents;

public class FileInspectorTests
{
    private const int TwoMegabytes = 2 * 1024 * 1024;

    private static readonly DateOnly Today = new(2026, 11, 23);

    private static readonly UploadExpectations AnyDocument = new(UploadFormats.All, TwoMegabytes, DocumentKind.Other, null);

    private static readonly UploadExpectations PdfOnly = AnyDocument with { AcceptedFormats = UploadFormats.Pdf };

    private static readonly UploadExpectations TaxNotice = AnyDocument with { Kind = DocumentKind.TaxNotice, ExpectedPageCount = 4 };

    private static readonly UploadExpectations CafAttestation = AnyDocument with { Kind = DocumentKind.CafAttestation };

    private static readonly string[] BlankPage = [];

    private static InspectionResult Inspect(byte[] content, string name, UploadExpectations expected) =>
        FileInspector.Inspect(content, name, expected, Today);

    private static FileAccepted Accepted(byte[] content, string name, UploadExpectations expected) =>
        Assert.IsType<FileAccepted>(Inspect(content, name, expected));

    private static string Refusal(byte[] content, string name, UploadExpectations expected) =>
        Assert.IsType<FileRefused>(Inspect(content, name, expected)).Message;

    [Fact]
    public void A_valid_pdf_is_accepted_with_its_page_count()
    {
        var file = Accepted(TestFiles.Pdf(["Justificatif de domicile"], ["Page 2"]), "facture.pdf", AnyDocument);

        Assert.Equal(UploadFormats.Pdf, file.Format);
        Assert.Equal("application/pdf", file.ContentType);
        Assert.Equal("facture.pdf", file.FileName);
        Assert.Equal(2, file.PageCount);
        Assert.Empty(file.Warnings);
        Assert.Null(file.Hints);
    }

    [Fact]
    public void A_valid_jpeg_is_accepted()
    {
        var file = Accepted(TestFiles.Jpeg(), "photo.JPG", AnyDocument);

        Assert.Equal(UploadFormats.Jpeg, file.Format);
        Assert.Equal("image/jpeg", file.ContentType);
        Assert.Equal("photo.jpg", file.FileName);
        Assert.Null(file.PageCount);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void A_valid_png_is_accepted()
    {
        var file = Accepted(TestFiles.Png(), "scan.png", AnyDocument);

        Assert.Equal(UploadFormats.Png, file.Format);
        Assert.Equal("image/png", file.ContentType);
        Assert.Equal("scan.png", file.FileName);
        Assert.Null(file.PageCount);
    }

    [Fact]
    public void A_pdf_named_with_a_path_and_accents_is_accepted_under_a_cleaned_name() =>
        Assert.Equal("Avis-d-impot-e.pdf", Accepted(TestFiles.PdfOfPages(4), "../../Avis d'impôt é.pdf", TaxNotice).FileName);

    [Theory]
    [InlineData("photo.png", "photo.jpg")]
    [InlineData("photo.jpeg", "photo.jpeg")]
    [InlineData("photo", "photo.jpg")]
    [InlineData("", "document.jpg")]
    public void The_extension_of_the_stored_name_follows_the_content(string name, string stored) =>
        Assert.Equal(stored, Accepted(TestFiles.Jpeg(), name, AnyDocument).FileName);

    [Fact]
    public void A_pdf_named_as_an_image_is_stored_as_a_pdf() =>
        Assert.Equal("attestation.pdf", Accepted(TestFiles.Pdf(["Attestation"]), "attestation.png", AnyDocument).FileName);

    [Fact]
    public void An_empty_file_is_refused() =>
        Assert.Equal("Le fichier est vide.", Refusal([], "vide.pdf", AnyDocument));

    [Fact]
    public void A_file_one_byte_over_two_megabytes_is_refused() =>
        Assert.Equal(
            "Le fichier dépasse la taille maximale de 2 Mo.",
            Refusal(Padded(TestFiles.Jpeg(), TwoMegabytes + 1), "photo.jpg", AnyDocument));

    [Fact]
    public void A_file_of_exactly_two_megabytes_is_accepted() =>
        Assert.Equal(UploadFormats.Jpeg, Accepted(Padded(TestFiles.Jpeg(), TwoMegabytes), "photo.jpg", AnyDocument).Format);

    [Fact]
    public void The_size_limit_is_the_one_given() =>
        Assert.Equal(
            "Le fichier dépasse la taille maximale de 1,5 Mo.",
            Refusal(Padded(TestFiles.Jpeg(), TwoMegabytes), "photo.jpg", AnyDocument with { MaxBytes = 3 * 512 * 1024 }));

    [Fact]
    public void An_executable_renamed_pdf_is_refused() =>
        Assert.Equal(
            "Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats sont acceptés.",
            Refusal(TestFiles.Executable(), "avis.pdf", AnyDocument));

    [Fact]
    public void A_png_named_pdf_is_refused_where_the_site_wants_pdf_only() =>
        Assert.Equal("Ce site n'accepte que les fichiers PDF.", Refusal(TestFiles.Png(), "avis.pdf", PdfOnly));

    [Fact]
    public void An_executable_is_refused_in_the_terms_of_the_formats_accepted() =>
        Assert.Equal(
            "Ce site n'accepte que les fichiers PDF ou JPEG.",
            Refusal(TestFiles.Executable(), "avis.pdf", AnyDocument with { AcceptedFormats = UploadFormats.Pdf | UploadFormats.Jpeg }));

    [Fact]
    public void A_pdf_is_accepted_where_the_site_wants_pdf_only() =>
        Assert.Equal(UploadFormats.Pdf, Accepted(TestFiles.Pdf(["Avis"]), "avis.pdf", PdfOnly).Format);

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.99)]
    public void A_truncated_pdf_is_refused(double kept)
    {
        var pdf = TestFiles.PdfOfPages(4);

        Assert.Equal(
            "Ce PDF est endommagé ou incomplet : enregistrez-le à nouveau puis réessayez.",
            Refusal(pdf[..(int)(pdf.Length * kept)], "avis.pdf", TaxNotice));
    }

    [Fact]
    public void A_pdf_whose_body_cannot_be_parsed_is_refused_even_with_an_end_marker() =>
        Assert.Equal(
            "Ce PDF est endommagé ou incomplet : enregistrez-le à nouveau puis réessayez.",
            Refusal("%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 9 0 R\nstream\n\u0001\u0002\n%%EOF\n"u8.ToArray(), "avis.pdf", AnyDocument));

    [Fact]
    public void A_pdf_that_needs_a_password_to_open_is_refused() =>
        Assert.Equal(
            "Ce PDF est protégé par un mot de passe : enregistrez une version sans protection.",
            Refusal(TestFiles.EncryptedPdf("secret", "proprietaire", "Quotient familial : 712"), "caf.pdf", CafAttestation));

    [Fact]
    public void A_pdf_restricted_by_an_owner_password_only_is_accepted_and_read()
    {
        var file = Accepted(TestFiles.EncryptedPdf("", "proprietaire", "Quotient familial : 712 le 01/11/2026"), "caf.pdf", CafAttestation);

        Assert.Equal(1, file.PageCount);
        Assert.Equal("QF 712 ; daté du 01/11/2026", file.Hints);
    }

    [Fact]
    public void A_pdf_without_pages_is_refused() =>
        Assert.Equal("Ce PDF ne contient aucune page.", Refusal(TestFiles.PdfWithoutPages(), "vide.pdf", AnyDocument));

    [Fact]
    public void A_truncated_jpeg_is_refused()
    {
        var jpeg = TestFiles.Jpeg();

        Assert.Equal(
            "Cette image est endommagée ou incomplète : enregistrez-la à nouveau puis réessayez.",
            Refusal(jpeg[..^2], "photo.jpg", AnyDocument));
    }

    [Fact]
    public void A_jpeg_without_a_width_is_refused()
    {
        var jpeg = TestFiles.Jpeg();
        var frame = FindMarker(jpeg, 0xC0);
        jpeg[frame + 7] = 0;
        jpeg[frame + 8] = 0;

        Assert.IsType<FileRefused>(Inspect(jpeg, "photo.jpg", AnyDocument));
    }

    [Fact]
    public void A_jpeg_with_only_its_header_is_refused() =>
        Assert.IsType<FileRefused>(Inspect([0xFF, 0xD8, 0xFF, 0xD9], "photo.jpg", AnyDocument));

    [Fact]
    public void A_truncated_png_is_refused()
    {
        var png = TestFiles.Png();

        Assert.Equal(
            "Cette image est endommagée ou incomplète : enregistrez-la à nouveau puis réessayez.",
            Refusal(png[..^12], "scan.png", AnyDocument));
    }

    [Fact]
    public void A_png_without_a_height_is_refused()
    {
        var png = TestFiles.Png();
        Array.Clear(png, 20, 4);

        Assert.IsType<FileRefused>(Inspect(png, "scan.png", AnyDocument));
    }

    [Fact]
    public void A_three_page_tax_notice_is_accepted_with_a_warning()
    {
        var file = Accepted(TestFiles.PdfOfPages(3), "avis.pdf", TaxNotice);

        Assert.Equal(3, file.PageCount);
        Assert.Equal("Ce document compte 3 pages alors que 4 sont attendues : vérifiez qu'il est complet.", Assert.Single(file.Warnings));
    }

    [Fact]
    public void A_complete_tax_notice_has_no_warning() =>
        Assert.Empty(Accepted(TestFiles.PdfOfPages(4), "avis.pdf", TaxNotice).Warnings);

    [Fact]
    public void A_photo_counts_as_one_page() =>
        Assert.Equal(
            "Ce document compte 1 page alors que 4 sont attendues : vérifiez qu'il est complet.",
            Assert.Single(Accepted(TestFiles.Jpeg(), "avis.jpg", TaxNotice).Warnings));

    [Fact]
    public void A_caf_attestation_five_months_old_gives_the_quotient_and_is_flagged()
    {
        var fiveMonthsAgo = Today.AddMonths(-5);
        var pdf = TestFiles.Pdf(
        [
            "Caisse d'allocations familiales des Hauts-de-Seine",
            "Attestation de quotient familial",
            "Monsieur et Madame DUPONT, 12 rue des Lilas, 92190 Meudon",
            "Quotient familial : 712",
            "Fait a Nanterre, le " + fiveMonthsAgo.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
        ]);

        var file = Accepted(pdf, "attestation CAF.pdf", CafAttestation);

        Assert.Equal("QF 712 ; daté du 23/06/2026 ; plus de 3 mois", file.Hints);
        Assert.Empty(file.Warnings);
    }

    [Fact]
    public void A_recent_caf_attestation_is_not_flagged() =>
        Assert.Equal(
            "QF 712 ; daté du 02/10/2026",
            Accepted(TestFiles.Pdf(["Quotient Familial 712 EUR", "le 02/10/2026"]), "caf.pdf", CafAttestation).Hints);

    [Fact]
    public void A_caf_attestation_without_text_is_left_to_staff_to_read()
    {
        Assert.Equal("texte illisible : vérifier à l'œil", Accepted(TestFiles.Pdf(BlankPage), "caf.pdf", CafAttestation).Hints);
        Assert.Equal("texte illisible : vérifier à l'œil", Accepted(TestFiles.Jpeg(), "caf.jpg", CafAttestation).Hints);
    }

    [Fact]
    public void Hints_are_only_read_for_a_caf_attestation() =>
        Assert.Null(Accepted(TestFiles.Pdf(["Quotient familial : 712"]), "avis.pdf", TaxNotice with { ExpectedPageCount = null }).Hints);

    [Fact]
    public void The_requirement_formats_win_over_the_site_formats()
    {
        var site = new Site("Meudon", "Conservatoire de Meudon");
        site.ChangeUploadRules(UploadFormats.All, 3 * 1024 * 1024);
        var requirement = new DocumentRequirement(1, 1, RequirementScope.Family, "Avis d'imposition", RequirementCondition.Always, DocumentKind.TaxNotice)
        {
            AcceptedFormats = UploadFormats.Pdf,
            ExpectedPageCount = 4,
        };

        Assert.Equal(
            new UploadExpectations(UploadFormats.Pdf, 3 * 1024 * 1024, DocumentKind.TaxNotice, 4),
            UploadExpectations.For(site, requirement));
    }

    [Fact]
    public void Without_formats_of_its_own_a_requirement_takes_the_site_formats()
    {
        var site = new Site("Sèvres", "Conservatoire de Sèvres");
        site.ChangeUploadRules(UploadFormats.Pdf, Site.DefaultMaxUploadBytes);
        var requirement = new DocumentRequirement(1, 1, RequirementScope.Family, "Attestation CAF", RequirementCondition.Always, DocumentKind.CafAttestation);

        Assert.Equal(UploadFormats.Pdf, UploadExpectations.For(site, requirement).AcceptedFormats);
    }

    /// <summary>Bytes after the end of a JPEG are ignored by viewers, as the inspector does.</summary>
    private static byte[] Padded(byte[] file, int length)
    {
        var padded = new byte[length];
        file.CopyTo(padded, 0);
        return padded;
    }

    private static int FindMarker(byte[] jpeg, byte marker) =>
        jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, marker]);
}
