using System.Globalization;
using System.Text;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using UglyToad.PdfPig;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;

namespace Reinscription.Web.Documents;

/// <summary>
/// Decides whether an uploaded file is kept and reads what staff will want to check. The type is
/// read from the content (magic bytes, then a full parse), never from the name or the type the
/// browser sent, so a renamed or damaged file is refused before anyone has to open it.
/// </summary>
public static class FileInspector
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly ParsingOptions PdfOptions = new()
    {
        // A missing embedded font costs a few letters of the hints, not the family's file: viewers
        // fall back on a substitute font too.
        SkipMissingFonts = true,
    };

    /// <param name="content">The uploaded bytes.</param>
    /// <param name="browserName">The name the browser sent; it is cleaned here, so a cleaned name may be passed too.</param>
    /// <param name="expected">The formats, size and content the requirement wants.</param>
    /// <param name="today">The site's date, against which the document's own date is judged.</param>
    public static InspectionResult Inspect(byte[] content, string? browserName, UploadExpectations expected, DateOnly today)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentNullException.ThrowIfNull(expected);

        if (content.Length == 0)
        {
            return new FileRefused("Le fichier est vide.");
        }

        if (content.Length > expected.MaxBytes)
        {
            var megabytes = (expected.MaxBytes / (1024m * 1024m)).ToString("0.#", French);
            return new FileRefused($"Le fichier dépasse la taille maximale de {megabytes} Mo.");
        }

        var format = Sniff(content);
        if (format == UploadFormats.None && expected.AcceptedFormats == UploadFormats.All)
        {
            return new FileRefused("Ce fichier n'est ni un PDF, ni une image JPEG ou PNG : seuls ces formats sont acceptés.");
        }

        if (format == UploadFormats.None || !expected.AcceptedFormats.HasFlag(format))
        {
            return new FileRefused($"Ce site n'accepte que les fichiers {Describe(expected.AcceptedFormats)}.");
        }

        return format switch
        {
            UploadFormats.Pdf => InspectPdf(content, browserName, expected, today),
            UploadFormats.Jpeg when ImageStructure.IsCompleteJpeg(content) =>
                Image(format, "image/jpeg", UploadFileName.Clean(browserName, "jpg", "jpeg"), expected),
            UploadFormats.Png when ImageStructure.IsCompletePng(content) =>
                Image(format, "image/png", UploadFileName.Clean(browserName, "png"), expected),
            _ => new FileRefused("Cette image est endommagée ou incomplète : enregistrez-la à nouveau puis réessayez."),
        };
    }

    private static UploadFormats Sniff(ReadOnlySpan<byte> content)
    {
        if (content.StartsWith("%PDF-"u8))
        {
            return UploadFormats.Pdf;
        }

        if (content.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return UploadFormats.Jpeg;
        }

        return content.StartsWith((ReadOnlySpan<byte>)[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
            ? UploadFormats.Png
            : UploadFormats.None;
    }

    /// <summary>"PDF, JPEG ou PNG": also announced above the documents tables.</summary>
    internal static string Describe(UploadFormats formats)
    {
        List<string> names = [];
        if (formats.HasFlag(UploadFormats.Pdf))
        {
            names.Add("PDF");
        }

        if (formats.HasFlag(UploadFormats.Jpeg))
        {
            names.Add("JPEG");
        }

        if (formats.HasFlag(UploadFormats.Png))
        {
            names.Add("PNG");
        }

        return names.Count == 1 ? names[0] : string.Join(", ", names[..^1]) + " ou " + names[^1];
    }

    private static InspectionResult InspectPdf(byte[] content, string? browserName, UploadExpectations expected, DateOnly today)
    {
        // A download cut short loses its end first; lenient parsing would otherwise rebuild the
        // pages it still finds and hide that the rest is missing.
        if (!EndsWithEndOfFileMarker(content))
        {
            return Damaged();
        }

        int pageCount;
        var readsText = expected.Kind == DocumentKind.CafAttestation;
        var text = new StringBuilder();
        try
        {
            using var document = PdfDocument.Open(content, PdfOptions);
            pageCount = document.NumberOfPages;
            if (pageCount == 0)
            {
                return new FileRefused("Ce PDF ne contient aucune page.");
            }

            // Every page is parsed, even when no text is wanted: a page that fails to parse here
            // is a page staff could not open either.
            foreach (var page in document.GetPages())
            {
                if (readsText)
                {
                    // Lines are kept: a label and its amount sit on one line, the next line's
                    // numbers (an address, a reference) belong to something else.
                    text.AppendLine(ContentOrderTextExtractor.GetText(page));
                }
            }
        }
        catch (PdfDocumentEncryptedException)
        {
            // Thrown only when no password opens the file: a PDF merely restricted by an owner
            // password opens with the empty user password and is accepted, as any viewer shows it.
            return new FileRefused("Ce PDF est protégé par un mot de passe : enregistrez une version sans protection.");
        }
        catch (Exception)
        {
            // Broken or hostile input makes a parser throw anything; to the family each case
            // means the same thing.
            return Damaged();
        }

        return new FileAccepted(
            UploadFormats.Pdf,
            "application/pdf",
            UploadFileName.Clean(browserName, "pdf"),
            pageCount,
            PageWarnings(pageCount, expected.ExpectedPageCount),
            readsText ? CafAttestationHints.Read(text.ToString(), today) : null);
    }

    private static FileRefused Damaged() =>
        new("Ce PDF est endommagé ou incomplet : enregistrez-le à nouveau puis réessayez.");

    /// <summary>Readers accept "%%EOF" anywhere in the last kilobyte: some tools pad after it.</summary>
    private static bool EndsWithEndOfFileMarker(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - 1024)..].LastIndexOf("%%EOF"u8) >= 0;

    private static FileAccepted Image(UploadFormats format, string contentType, string fileName, UploadExpectations expected) =>
        new(
            format,
            contentType,
            fileName,
            null,
            PageWarnings(1, expected.ExpectedPageCount),
            // A photo or scan has no text to read: say so rather than stay silent.
            expected.Kind == DocumentKind.CafAttestation ? CafAttestationHints.Unreadable : null);

    /// <summary>Also read by the documents table, which keeps showing the warning until the file is replaced.</summary>
    internal static IReadOnlyList<string> PageWarnings(int pageCount, int? expectedPageCount) =>
        expectedPageCount is { } wanted && pageCount < wanted
            ? [$"Ce document compte {pageCount} page{(pageCount > 1 ? "s" : "")} alors que {wanted} sont attendues : vérifiez qu'il est complet."]
            : [];
}
