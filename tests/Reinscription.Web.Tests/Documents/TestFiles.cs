using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace Reinscription.Web.Tests.Documents;

/// <summary>Files built in code, so each test shows exactly what it uploads.</summary>
internal static class TestFiles
{
    /// <summary>3 × 2 pixels, written with zlib by a three-line Python script.</summary>
    public static byte[] Png() => Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAMAAAACCAIAAAASFvFNAAAAEElEQVR42mMwTjsDQQxwFgBQKghfpcUCnAAAAABJRU5ErkJggg==");

    /// <summary>3 × 2 pixels, baseline JFIF, written by libjpeg (quality 75).</summary>
    public static byte[] Jpeg() => Convert.FromBase64String(
        "/9j/4AAQSkZJRgABAQAAAQABAAD/2wBDAAgGBgcGBQgHBwcJCQgKDBQNDAsLDBkSEw8UHRofHh0aHBwgJC4nICIsIxwcKDcpLDAxNDQ0Hyc5PTgyPC4zNDL/"
        + "2wBDAQkJCQwLDBgNDRgyIRwhMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjIyMjL/wAARCAACAAMDASIAAhEBAxEB/8QA"
        + "HwAAAQUBAQEBAQEAAAAAAAAAAAECAwQFBgcICQoL/8QAtRAAAgEDAwIEAwUFBAQAAAF9AQIDAAQRBRIhMUEGE1FhByJxFDKBkaEII0KxwRVS0fAkM2JyggkK"
        + "FhcYGRolJicoKSo0NTY3ODk6Q0RFRkdISUpTVFVWV1hZWmNkZWZnaGlqc3R1dnd4eXqDhIWGh4iJipKTlJWWl5iZmqKjpKWmp6ipqrKztLW2t7i5usLDxMXG"
        + "x8jJytLT1NXW19jZ2uHi4+Tl5ufo6erx8vP09fb3+Pn6/8QAHwEAAwEBAQEBAQEBAQAAAAAAAAECAwQFBgcICQoL/8QAtREAAgECBAQDBAcFBAQAAQJ3AAEC"
        + "AxEEBSExBhJBUQdhcRMiMoEIFEKRobHBCSMzUvAVYnLRChYkNOEl8RcYGRomJygpKjU2Nzg5OkNERUZHSElKU1RVVldYWVpjZGVmZ2hpanN0dXZ3eHl6goOE"
        + "hYaHiImKkpOUlZaXmJmaoqOkpaanqKmqsrO0tba3uLm6wsPExcbHyMnK0tPU1dbX2Nna4uPk5ebn6Onq8vP09fb3+Pn6/9oADAMBAAIRAxEAPwD1j4ef8iLp"
        + "v/bX/wBGvRRRW+J/jz9X+ZnS/hx9Ef/Z");

    /// <summary>A Windows executable's first bytes: what a renamed .exe looks like.</summary>
    public static byte[] Executable() => [.. "MZ"u8, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00, 0x04, 0x00, .. new byte[200]];

    /// <summary>A PDF with one page per entry, each page's lines written in Helvetica.</summary>
    public static byte[] Pdf(params string[][] pages)
    {
        using var builder = new PdfDocumentBuilder();
        var font = builder.AddStandard14Font(Standard14Font.Helvetica);
        foreach (var lines in pages)
        {
            var page = builder.AddPage(PageSize.A4);
            var y = 780.0;
            foreach (var line in lines)
            {
                page.AddText(line, 11, new PdfPoint(50, y), font);
                y -= 20;
            }
        }

        return builder.Build();
    }

    public static byte[] PdfOfPages(int count) =>
        Pdf([.. Enumerable.Range(1, count).Select(n => new[] { "Avis d'impot 2026 sur les revenus 2025", $"Page {n}/4" })]);

    public static byte[] PdfWithoutPages() => Pdf();

    /// <summary>A one-page PDF of exactly <paramref name="size"/> bytes: an unused stream of spaces makes up the rest.</summary>
    public static byte[] PdfOfSize(int size)
    {
        byte[] Build(int padding) => AssemblePdf(
            "1.7",
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>",
                $"<< /Length {padding} >>\nstream\n{new string(' ', padding)}\nendstream",
            ],
            "");

        // The padding's /Length and the cross-reference offset grow by a digit or two with it.
        var padding = size - Build(0).Length;
        for (var pdf = Build(padding); ; pdf = Build(padding))
        {
            if (pdf.Length == size)
            {
                return pdf;
            }

            padding -= pdf.Length - size;
        }
    }

    /// <summary>
    /// A one-page PDF encrypted with the standard security handler, revision 5 (AES-256). PdfPig
    /// writes no encrypted PDF, so the encryption dictionary is computed here as the PDF 1.7
    /// extension level 3 specifies it; SHA-256 and AES are all it takes. With an empty
    /// <paramref name="userPassword"/> the file opens without a password and the owner password
    /// only restricts what a reader may do, which is how many bank and administration PDFs come.
    /// </summary>
    public static byte[] EncryptedPdf(string userPassword, string ownerPassword, string text)
    {
        var fileKey = RandomNumberGenerator.GetBytes(32);
        var (userValidationSalt, userKeySalt) = (RandomNumberGenerator.GetBytes(8), RandomNumberGenerator.GetBytes(8));
        var (ownerValidationSalt, ownerKeySalt) = (RandomNumberGenerator.GetBytes(8), RandomNumberGenerator.GetBytes(8));
        var user = Encoding.UTF8.GetBytes(userPassword);
        var owner = Encoding.UTF8.GetBytes(ownerPassword);

        byte[] u = [.. SHA256.HashData([.. user, .. userValidationSalt]), .. userValidationSalt, .. userKeySalt];
        var ue = WrapKey(SHA256.HashData([.. user, .. userKeySalt]), fileKey);
        byte[] o = [.. SHA256.HashData([.. owner, .. ownerValidationSalt, .. u]), .. ownerValidationSalt, .. ownerKeySalt];
        var oe = WrapKey(SHA256.HashData([.. owner, .. ownerKeySalt, .. u]), fileKey);
        const int permissions = -3904; // print and copy for accessibility only
        using var ecb = Aes.Create();
        ecb.Key = fileKey;
        var perms = ecb.EncryptEcb([.. BitConverter.GetBytes(permissions), 0xFF, 0xFF, 0xFF, 0xFF, (byte)'T', .. "adb"u8, 0, 0, 0, 0], PaddingMode.None);

        using var cbc = Aes.Create();
        cbc.Key = fileKey;
        var iv = RandomNumberGenerator.GetBytes(16);
        var contents = Encoding.ASCII.GetBytes($"BT /F1 11 Tf 50 780 Td ({text}) Tj ET");
        byte[] encryptedContents = [.. iv, .. cbc.EncryptCbc(contents, iv, PaddingMode.PKCS7)];

        return AssemblePdf(
            "1.7",
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
                    + " /Resources << /Font << /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> >> >> >>",
                $"<< /Length {encryptedContents.Length} >>\nstream\n{Latin1(encryptedContents)}\nendstream",
                "<< /Filter /Standard /V 5 /R 5 /Length 256 /P " + permissions
                    + " /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen /Length 32 >> >> /StmF /StdCF /StrF /StdCF"
                    + $" /U <{Convert.ToHexString(u)}> /UE <{Convert.ToHexString(ue)}>"
                    + $" /O <{Convert.ToHexString(o)}> /OE <{Convert.ToHexString(oe)}> /Perms <{Convert.ToHexString(perms)}> >>",
            ],
            $"/Encrypt 5 0 R /ID [<{Convert.ToHexString(iv)}> <{Convert.ToHexString(iv)}>]");
    }

    private static byte[] WrapKey(byte[] intermediateKey, byte[] fileKey)
    {
        using var aes = Aes.Create();
        aes.Key = intermediateKey;
        return aes.EncryptCbc(fileKey, new byte[16], PaddingMode.None);
    }

    internal static string Latin1(byte[] bytes) => Encoding.Latin1.GetString(bytes);

    /// <summary>Numbers the objects from 1, computes the cross-reference table and the trailer.</summary>
    internal static byte[] AssemblePdf(string version, string[] objects, string trailerEntries)
    {
        var pdf = new StringBuilder($"%PDF-{version}\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        for (var i = 0; i < objects.Length; i++)
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{i + 1} 0 obj\n{objects[i]}\nendobj\n");
        }

        var xref = pdf.Length;
        pdf.Append(CultureInfo.InvariantCulture, $"xref\n0 {objects.Length + 1}\n0000000000 65535 f \n");
        foreach (var offset in offsets)
        {
            pdf.Append(CultureInfo.InvariantCulture, $"{offset:D10} 00000 n \n");
        }

        pdf.Append(CultureInfo.InvariantCulture, $"trailer\n<< /Size {objects.Length + 1} /Root 1 0 R {trailerEntries} >>\nstartxref\n{xref}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }
}
