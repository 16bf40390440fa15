using System.Globalization;
using System.Text;
using CsvHelper;
using CsvHelper.Configuration;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// A CSV file as French Excel opens it with a double click: UTF-8 with a byte order mark (without it Excel
/// reads Windows-1252 and "é" turns into "Ã©"), ';' between fields, CRLF line ends.
/// </summary>
public static class CsvFile
{
    private static readonly CsvConfiguration Configuration = new(CultureInfo.GetCultureInfo("fr-FR"))
    {
        Delimiter = ";",

        // A family types free text that ends up in a spreadsheet: "=…", "+…", "-…" or "@…" is written as text, not as a formula.
        InjectionOptions = InjectionOptions.Escape,
    };

    public static byte[] Write(IReadOnlyList<string> header, IEnumerable<IReadOnlyList<string?>> rows)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(rows);
        using var stream = new MemoryStream();
        using (var writer = new StreamWriter(stream, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true)))
        using (var csv = new CsvWriter(writer, Configuration))
        {
            foreach (var name in header)
            {
                csv.WriteField(name);
            }

            csv.NextRecord();
            foreach (var row in rows)
            {
                foreach (var field in row)
                {
                    csv.WriteField(field ?? "");
                }

                csv.NextRecord();
            }
        }

        return stream.ToArray();
    }
}
