using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace Reinscription.Web.Tests.Documents;

/// <summary>Files made to hurt whoever reads them, built in code so each test shows how.</summary>
internal static class HostileFiles
{
    private const string Helvetica = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>";

    /// <summary>The EICAR test file: harmless, and detected by every antivirus as if it were not.</summary>
    public static byte[] Eicar() => Encoding.ASCII.GetBytes(@"X5O!P%@AP[4\PZX54(P^)7CC)7}$EICAR-STANDARD-ANTIVIRUS-TEST-FILE!$H+H*");

    /// <summary>
    /// Four pages sharing one content stream compressed twice with Flate: 1 GiB of zeros compresses to
    /// 1 MB, which compresses to 1.7 KB. A 2 KB file whose pages inflate to 4 GiB.
    /// </summary>
    public static byte[] InflatingPdf() => Inflating.Value;

    private static readonly Lazy<byte[]> Inflating = new(() =>
    {
        var inner = Zlib(z =>
        {
            var zeros = new byte[1024 * 1024];
            for (var i = 0; i < 1024; i++)
            {
                z.Write(zeros);
            }
        });
        return PagesSharing(4, Stream(Zlib(z => z.Write(inner)), "/Filter [/FlateDecode /FlateDecode]"));
    });

    /// <summary>
    /// Twelve pages sharing 0.9 MiB of text operators, under the size one stream may have: cheap to
    /// decode, dear to run (each page builds some 300,000 letters).
    /// </summary>
    public static byte[] SlowPdf() => PagesSharing(12, Stream(Zlib(z =>
    {
        var line = "BT /F1 11 Tf 50 780 Td (Quittance de loyer) Tj ET\n"u8.ToArray();
        for (var written = 0; written < 900 * 1024; written += line.Length)
        {
            z.Write(line);
        }
    }), "/Filter /FlateDecode"));

    /// <summary>A page of text whose content stream is LZW-encoded, the filter of PDF 1.0.</summary>
    public static byte[] LzwPdf(byte[] content) => PagesSharing(1, Stream(Lzw(content), "/Filter /LZWDecode"));

    /// <summary>A one-page PDF with <paramref name="catalogEntries"/>, <paramref name="pageEntries"/> and objects 5 onwards.</summary>
    public static byte[] PdfWith(string catalogEntries = "", string pageEntries = "", params string[] moreObjects) =>
        TestFiles.AssemblePdf(
            "1.7",
            [
                $"<< /Type /Catalog /Pages 2 0 R {catalogEntries} >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 {Helvetica} >> >> {pageEntries} >>",
                Stream("BT /F1 11 Tf 50 780 Td (Quittance de loyer) Tj ET"u8.ToArray(), ""),
                .. moreObjects,
            ],
            "");

    /// <summary>
    /// A one-page PDF whose objects 5 onwards sit compressed in an object stream, found through a
    /// cross-reference stream, as PDF 1.5 and later write them: no raw byte of the file shows them.
    /// </summary>
    public static byte[] PdfWithObjectStream(string catalogEntries, params string[] compressedObjects)
    {
        string[] plain =
        [
            $"<< /Type /Catalog /Pages 2 0 R {catalogEntries} >>",
            "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << /F1 {Helvetica} >> >> >>",
            Stream("BT /F1 11 Tf 50 780 Td (Quittance) Tj ET"u8.ToArray(), ""),
        ];
        var objectStreamNumber = plain.Length + 1;
        var firstCompressed = objectStreamNumber + 1;
        var header = new StringBuilder();
        var body = new StringBuilder();
        for (var i = 0; i < compressedObjects.Length; i++)
        {
            header.Append(CultureInfo.InvariantCulture, $"{firstCompressed + i} {body.Length} ");
            body.Append(compressedObjects[i]).Append('\n');
        }

        var objectStream = Zlib(z => z.Write(Encoding.Latin1.GetBytes(header.ToString() + body)));
        var pdf = new StringBuilder("%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n");
        var offsets = new List<int>();
        foreach (var obj in plain.Append(
            $"<< /Type /ObjStm /N {compressedObjects.Length} /First {header.Length} /Filter /FlateDecode /Length {objectStream.Length} >>\nstream\n{TestFiles.Latin1(objectStream)}\nendstream"))
        {
            offsets.Add(pdf.Length);
            pdf.Append(CultureInfo.InvariantCulture, $"{offsets.Count} 0 obj\n{obj}\nendobj\n");
        }

        // Entries of 1 + 4 + 2 bytes: type, then offset and generation (type 1) or object stream and index (type 2).
        var xrefNumber = firstCompressed + compressedObjects.Length;
        var xrefOffset = pdf.Length;
        var entries = new List<byte>();
        void Entry(byte type, int field2, int field3) =>
            entries.AddRange([type, (byte)(field2 >> 24), (byte)(field2 >> 16), (byte)(field2 >> 8), (byte)field2, (byte)(field3 >> 8), (byte)field3]);
        Entry(0, 0, 65535);
        foreach (var offset in offsets)
        {
            Entry(1, offset, 0);
        }

        for (var i = 0; i < compressedObjects.Length; i++)
        {
            Entry(2, objectStreamNumber, i);
        }

        Entry(1, xrefOffset, 0);
        pdf.Append(CultureInfo.InvariantCulture,
            $"{xrefNumber} 0 obj\n<< /Type /XRef /Size {xrefNumber + 1} /W [1 4 2] /Root 1 0 R /Length {entries.Count} >>\nstream\n");
        pdf.Append(TestFiles.Latin1([.. entries])).Append(CultureInfo.InvariantCulture, $"\nendstream\nendobj\nstartxref\n{xrefOffset}\n%%EOF\n");
        return Encoding.Latin1.GetBytes(pdf.ToString());
    }

    /// <summary>A PNG that declares <paramref name="width"/> × <paramref name="height"/> pixels; its data is one row's worth.</summary>
    public static byte[] Png(int width, int height)
    {
        var png = TestFiles.Png();

        // IHDR's width and height follow the signature (8), the chunk's length (4) and type (4).
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(16), width);
        System.Buffers.Binary.BinaryPrimitives.WriteInt32BigEndian(png.AsSpan(20), height);
        return png;
    }

    /// <summary>A JPEG that declares <paramref name="width"/> × <paramref name="height"/> pixels in its frame header.</summary>
    public static byte[] Jpeg(ushort width, ushort height)
    {
        var jpeg = TestFiles.Jpeg();
        var frame = jpeg.AsSpan().IndexOf((ReadOnlySpan<byte>)[0xFF, 0xC0]);

        // Marker (2), length (2), precision (1), then height and width.
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 5), height);
        System.Buffers.Binary.BinaryPrimitives.WriteUInt16BigEndian(jpeg.AsSpan(frame + 7), width);
        return jpeg;
    }

    private static byte[] PagesSharing(int pageCount, string contentStream)
    {
        var contentNumber = 3 + pageCount;
        var kids = string.Join(' ', Enumerable.Range(3, pageCount).Select(n => $"{n} 0 R"));
        return TestFiles.AssemblePdf(
            "1.7",
            [
                "<< /Type /Catalog /Pages 2 0 R >>",
                $"<< /Type /Pages /Kids [{kids}] /Count {pageCount} >>",
                .. Enumerable.Repeat(
                    $"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents {contentNumber} 0 R /Resources << /Font << /F1 {Helvetica} >> >> >>",
                    pageCount),
                contentStream,
            ],
            "");
    }

    private static string Stream(byte[] data, string entries) =>
        $"<< /Length {data.Length} {entries} >>\nstream\n{TestFiles.Latin1(data)}\nendstream";

    private static byte[] Zlib(Action<Stream> write)
    {
        using var output = new MemoryStream();
        using (var zlib = new ZLibStream(output, CompressionLevel.Optimal, leaveOpen: true))
        {
            write(zlib);
        }

        return output.ToArray();
    }

    /// <summary>
    /// LZW as PDF specifies it: codes of 9 to 12 bits, most significant bit first, 256 clears the table,
    /// 257 ends the data, and a code widens one entry early (EarlyChange 1, the default).
    /// </summary>
    private static byte[] Lzw(byte[] data)
    {
        const int Clear = 256, End = 257;
        var output = new List<byte>();
        var (bits, bitCount) = (0L, 0);
        void Write(int code, int width)
        {
            bits = (bits << width) | (uint)code;
            bitCount += width;
            while (bitCount >= 8)
            {
                output.Add((byte)(bits >> (bitCount - 8)));
                bitCount -= 8;
            }
        }

        var table = new Dictionary<(int Prefix, byte Next), int>();
        var (next, width, prefix) = (258, 9, -1);
        Write(Clear, width);
        foreach (var b in data)
        {
            if (prefix < 0)
            {
                prefix = b;
            }
            else if (table.TryGetValue((prefix, b), out var code))
            {
                prefix = code;
            }
            else
            {
                Write(prefix, width);
                table[(prefix, b)] = next++;
                prefix = b;
                // The decoder adds its entries one code behind, and widens once its table reaches 2^width - 1.
                if (next >= 1 << width && width < 12)
                {
                    width++;
                }

                if (next == 4094)
                {
                    Write(Clear, width);
                    table.Clear();
                    (next, width) = (258, 9);
                }
            }
        }

        if (prefix >= 0)
        {
            Write(prefix, width);

            // Reading that last code, the decoder adds one more entry, and may widen before the end code.
            if (next + 1 >= 1 << width && width < 12)
            {
                width++;
            }
        }

        Write(End, width);
        if (bitCount > 0)
        {
            output.Add((byte)(bits << (8 - bitCount)));
        }

        return [.. output];
    }
}
