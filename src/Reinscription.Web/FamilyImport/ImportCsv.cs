using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reinscription.Web.FamilyImport;

/// <summary>A CSV file read into lines of named fields, whatever French Excel wrote it with.</summary>
public sealed class CsvTable
{
    public required string EncodingName { get; init; }

    public required char Delimiter { get; init; }

    /// <summary>Column name (normalised, see <see cref="ImportCsv.NormalizeHeader"/>) to field index.</summary>
    public required IReadOnlyDictionary<string, int> Columns { get; init; }

    public required IReadOnlyList<CsvLine> Lines { get; init; }

    public string Field(CsvLine line, string column) =>
        Columns.TryGetValue(column, out var index) && index < line.Fields.Length ? line.Fields[index].Trim() : "";
}

/// <summary>One record of the file and the line it starts on, as a spreadsheet numbers it (the header is line 1).</summary>
public sealed record CsvLine(int Number, string[] Fields);

public static class ImportCsv
{
    private static readonly Encoding Utf8Strict = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Encoding Windows1252 = CodePage1252();

    /// <summary>
    /// UTF-8 when the bytes are valid UTF-8 (with or without a BOM), else Windows-1252, which is what
    /// French Excel writes under "CSV (séparateur : point-virgule)". The separator is the one of ';'
    /// and ',' that the header line holds most.
    /// </summary>
    public static CsvTable Read(byte[] content)
    {
        ArgumentNullException.ThrowIfNull(content);
        var (text, encodingName) = Decode(content);
        var delimiter = DelimiterOf(text);
        var configuration = new CsvConfiguration(CultureInfo.InvariantCulture)
        {
            Delimiter = delimiter.ToString(),
            HasHeaderRecord = false,
            IgnoreBlankLines = true,
            BadDataFound = null,
            MissingFieldFound = null,
            DetectColumnCountChanges = false,
        };
        using var parser = new CsvParser(new StringReader(text), configuration);
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        var lines = new List<CsvLine>();
        var header = true;
        while (parser.Read())
        {
            var record = parser.Record ?? [];

            // RawRow is the record's last line: a quoted field may span several.
            var start = parser.RawRow - parser.RawRecord.TrimEnd('\r', '\n').Count(c => c == '\n');
            if (header)
            {
                for (var i = 0; i < record.Length; i++)
                {
                    columns.TryAdd(NormalizeHeader(record[i]), i);
                }

                header = false;
                continue;
            }

            if (record.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            lines.Add(new CsvLine(start, record));
        }

        return new CsvTable { EncodingName = encodingName, Delimiter = delimiter, Columns = columns, Lines = lines };
    }

    /// <summary>"Date de naissance élève " → "date_de_naissance_eleve": headers match without regard to case, accents or spaces.</summary>
    public static string NormalizeHeader(string header)
    {
        ArgumentNullException.ThrowIfNull(header);
        var builder = new StringBuilder(header.Length);
        foreach (var c in header.Trim().Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark || c == '\uFEFF')
            {
                continue;
            }

            builder.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : '_');
        }

        return string.Join('_', builder.ToString().Split('_', StringSplitOptions.RemoveEmptyEntries));
    }

    private static (string Text, string EncodingName) Decode(byte[] content)
    {
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        var bytes = content.AsSpan();
        if (bytes.StartsWith(bom))
        {
            bytes = bytes[bom.Length..];
        }

        try
        {
            return (Utf8Strict.GetString(bytes), "UTF-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.GetString(content), "Windows-1252");
        }
    }

    private static char DelimiterOf(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        var header = end < 0 ? text : text[..end];
        return header.Count(c => c == ';') >= header.Count(c => c == ',') ? ';' : ',';
    }

    private static Encoding CodePage1252()
    {
        // .NET ships the legacy code pages but only serves them once their provider is registered.
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    }
}
