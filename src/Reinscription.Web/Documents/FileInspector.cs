using System.Globalization;
using System.Text;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using UglyToad.PdfPig;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.DocumentLayoutAnalysis.TextExtractor;
using UglyToad.PdfPig.Exceptions;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Reinscription.Web.Documents;

/// <summary>
/// Decides whether an uploaded file is kept and reads what staff will want to check. The type is
/// read from the content (magic bytes, then a full parse), never from the name or the type the
/// browser sent, so a renamed or damaged file is refused before anyone has to open it.
/// </summary>
public static class FileInspector
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    /// <summary>
    /// A scan needs far fewer: an A4 page at 600 dpi is 35 million pixels, a 48-megapixel phone photo
    /// 8,000 × 6,000. Beyond, the image only costs the memory of whoever opens it (decision record 010).
    /// </summary>
    internal const long MaxImagePixels = 50_000_000;

    /// <summary>
    /// The first PDF a process reads pays for compiling PdfPig's code, about half a second measured:
    /// charged to a family's file, that could push an ordinary PDF past its time budget. So the first
    /// inspection reads a small PDF of ours, on a budget of its own, before its own clock starts.
    /// </summary>
    private static readonly Lazy<bool> PdfReaderCompiled = new(() =>
    {
        using var builder = new PdfDocumentBuilder();
        builder.AddPage(PageSize.A4).AddText("Réinscription", 12, new PdfPoint(72, 720), builder.AddStandard14Font(Standard14Font.Helvetica));
        ReadPdf(builder.Build(), readsText: true, new InspectionBudget(TimeSpan.FromMinutes(1)));
        return true;
    });

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

        if (RefuseSize(content.Length, expected) is { } tooLarge)
        {
            return tooLarge;
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
            UploadFormats.Jpeg when ImageStructure.SizeOfCompleteJpeg(content) is { } size =>
                Image(format, "image/jpeg", UploadFileName.Clean(browserName, "jpg", "jpeg"), expected, size),
            UploadFormats.Png when ImageStructure.SizeOfCompletePng(content) is { } size =>
                Image(format, "image/png", UploadFileName.Clean(browserName, "png"), expected, size),
            _ => new FileRefused("Cette image est endommagée ou incomplète : enregistrez-la à nouveau puis réessayez."),
        };
    }

    /// <summary>Also asked before an upload is read into memory.</summary>
    internal static FileRefused? RefuseSize(long length, UploadExpectations expected)
    {
        ArgumentNullException.ThrowIfNull(expected);
        if (length <= expected.MaxBytes)
        {
            return null;
        }

        var megabytes = (expected.MaxBytes / (1024m * 1024m)).ToString("0.#", French);
        return new FileRefused($"Le fichier dépasse la taille maximale de {megabytes} Mo.");
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

        _ = PdfReaderCompiled.Value;
        var readsText = expected.Kind == DocumentKind.CafAttestation;
        var budget = new InspectionBudget();
        PdfReading reading;
        try
        {
            reading = ReadPdf(content, readsText, budget);
        }
        catch (InspectionBudgetExceededException)
        {
            return TooCostly();
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
            // means the same thing. PdfPig may also have wrapped the budget's own exception.
            return budget.IsSpent ? TooCostly() : Damaged();
        }

        if (reading.PageCount == 0)
        {
            return new FileRefused("Ce PDF ne contient aucune page.");
        }

        if (reading.ActiveContent != ActiveContent.None)
        {
            return new FileRefused(
                $"Ce PDF contient {Describe(reading.ActiveContent)} : par sécurité, il n'est pas accepté. "
                + "Ouvrez-le, choisissez « Imprimer » puis « Enregistrer au format PDF », et envoyez cette copie.");
        }

        return new FileAccepted(
            UploadFormats.Pdf,
            "application/pdf",
            UploadFileName.Clean(browserName, "pdf"),
            reading.PageCount,
            PageWarnings(reading.PageCount, expected.ExpectedPageCount),
            readsText ? CafAttestationHints.Read(reading.Text, today) : null);
    }

    private sealed record PdfReading(int PageCount, ActiveContent ActiveContent, string Text);

    private static PdfReading ReadPdf(byte[] content, bool readsText, InspectionBudget budget)
    {
        var options = new ParsingOptions
        {
            // A missing embedded font costs a few letters of the hints, not the family's file: viewers
            // fall back on a substitute font too.
            SkipMissingFonts = true,
            FilterProvider = new BudgetedFilterProvider(budget),
        };
        using var document = PdfDocument.Open(content, options);
        var pageCount = document.NumberOfPages;
        var activeContent = pageCount == 0 ? ActiveContent.None : ActiveContentScan.Find(document.Structure, budget);
        var text = new StringBuilder();
        if (pageCount > 0 && activeContent == ActiveContent.None)
        {
            // Every page is parsed, even when no text is wanted: a page that fails to parse here
            // is a page staff could not open either.
            foreach (var page in document.GetPages())
            {
                budget.Checkpoint();
                if (readsText)
                {
                    // Lines are kept: a label and its amount sit on one line, the next line's
                    // numbers (an address, a reference) belong to something else.
                    text.AppendLine(ContentOrderTextExtractor.GetText(page));
                }
            }
        }

        // In lenient mode PdfPig carries on past some exceptions, the budget's among them.
        budget.Checkpoint();
        return new PdfReading(pageCount, activeContent, text.ToString());
    }

    private static FileRefused TooCostly() =>
        new("Ce PDF demande trop de ressources pour être vérifié : ouvrez-le, choisissez « Imprimer » puis "
            + "« Enregistrer au format PDF », ou numérisez le document, et envoyez cette copie.");

    private static string Describe(ActiveContent found)
    {
        List<string> parts = [];
        if (found.HasFlag(ActiveContent.JavaScript))
        {
            parts.Add("du code JavaScript");
        }

        if (found.HasFlag(ActiveContent.Launch))
        {
            parts.Add("une commande qui lance un programme");
        }

        if (found.HasFlag(ActiveContent.EmbeddedFiles))
        {
            parts.Add("des fichiers joints");
        }

        return parts.Count == 1 ? parts[0] : string.Join(", ", parts[..^1]) + " et " + parts[^1];
    }

    private static FileRefused Damaged() =>
        new("Ce PDF est endommagé ou incomplet : enregistrez-le à nouveau puis réessayez.");

    /// <summary>Readers accept "%%EOF" anywhere in the last kilobyte: some tools pad after it.</summary>
    private static bool EndsWithEndOfFileMarker(ReadOnlySpan<byte> content) =>
        content[Math.Max(0, content.Length - 1024)..].LastIndexOf("%%EOF"u8) >= 0;

    private static InspectionResult Image(UploadFormats format, string contentType, string fileName, UploadExpectations expected, ImageSize size) =>
        size.Pixels > MaxImagePixels
            ? new FileRefused(
                $"Cette image mesure {size.Width.ToString("N0", French)} × {size.Height.ToString("N0", French)} pixels, bien plus "
                + "qu'un document numérisé n'en demande : enregistrez-la en plus basse définition (50 millions de pixels au plus) puis réessayez.")
            : new FileAccepted(
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
