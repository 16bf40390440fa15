using Reinscription.Web.Documents;

namespace Reinscription.Web.Tests.Documents;

public class UploadFileNameTests
{
    [Theory]
    [InlineData("../../Avis d'impôt é.pdf", "Avis-d-impot-e.pdf")]
    [InlineData(@"C:\Users\Léa\Documents\Attestation CAF.PDF", "Attestation-CAF.pdf")]
    [InlineData("C:avis.pdf", "avis.pdf")]
    [InlineData("/etc/passwd", "passwd")]
    [InlineData("..", "document")]
    [InlineData("../..", "document")]
    [InlineData(".pdf", "document.pdf")]
    [InlineData("   ", "document")]
    [InlineData("", "document")]
    [InlineData(null, "document")]
    [InlineData("Документ.pdf", "document.pdf")]
    [InlineData("Cœur de l'Œuvre – Ça, c'est ß.jpg", "Coeur-de-l-OEuvre-Ca-c-est-ss.jpg")]
    [InlineData("facture  --  mars..2026.png", "facture-mars.2026.png")]
    [InlineData("-_.avis_.-.pdf", "avis.pdf")]
    [InlineData("rapport.version-finale", "rapport.version-finale")]
    [InlineData("photo.JPEG", "photo.jpeg")]
    [InlineData("nom<b>\"1\"|*?.pdf", "nom-b-1.pdf")]
    [InlineData("<script>alert(1)</script>.pdf", "script.pdf")]
    [InlineData("a\u0000b\r\nc.pdf", "a-b-c.pdf")]
    public void A_browser_name_is_cleaned_never_refused(string? browserName, string cleaned) =>
        Assert.Equal(cleaned, UploadFileName.Clean(browserName));

    [Fact]
    public void A_long_name_is_cut_and_keeps_its_extension()
    {
        var cleaned = UploadFileName.Clean(new string('é', 300) + ".pdf");

        Assert.Equal(UploadFileName.MaxLength, cleaned.Length);
        Assert.EndsWith("eee.pdf", cleaned, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("../../Avis d'impôt é.pdf")]
    [InlineData("rapport.version-finale")]
    [InlineData("x.y.z-")]
    public void Cleaning_twice_changes_nothing(string browserName)
    {
        var once = UploadFileName.Clean(browserName);

        Assert.Equal(once, UploadFileName.Clean(once));
    }

    [Theory]
    [InlineData("photo.png", "photo.jpg")]
    [InlineData("photo.jpeg", "photo.jpeg")]
    [InlineData("rapport.version-finale", "rapport.version-finale.jpg")]
    [InlineData("..", "document.jpg")]
    public void The_extension_can_be_made_to_match_the_content(string browserName, string cleaned) =>
        Assert.Equal(cleaned, UploadFileName.Clean(browserName, "jpg", "jpeg"));
}
