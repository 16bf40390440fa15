using System.IO.Compression;
using System.Text.Json;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>Reads a downloaded ZIP the way a person's archive tool would.</summary>
public static class ZipFiles
{
    public static async Task<IReadOnlyDictionary<string, byte[]>> EntriesAsync(HttpResponseMessage response)
    {
        Assert.Equal("application/zip", response.Content.Headers.ContentType?.MediaType);
        await using var stream = await response.Content.ReadAsStreamAsync();
        using var archive = new ZipArchive(stream, ZipArchiveMode.Read);
        var entries = new Dictionary<string, byte[]>();
        foreach (var entry in archive.Entries)
        {
            using var content = entry.Open();
            using var buffer = new MemoryStream();
            await content.CopyToAsync(buffer);
            entries[entry.FullName] = buffer.ToArray();
        }

        return entries;
    }

    public static JsonElement Json(byte[] content) => JsonDocument.Parse(content).RootElement;
}
