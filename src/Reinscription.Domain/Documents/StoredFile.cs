namespace Reinscription.Domain.Documents;

/// <summary>An uploaded file's bytes and the facts read from its content, kept in PostgreSQL.</summary>
public class StoredFile
{
    private StoredFile()
    {
    }

    public StoredFile(string fileName, string contentType, byte[] content)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);
        ArgumentNullException.ThrowIfNull(content);
        FileName = fileName;
        ContentType = contentType;
        Content = content;
        SizeBytes = content.Length;
    }

    public int Id { get; private set; }

    /// <summary>The cleaned name shown to people, never a path.</summary>
    public string FileName { get; private set; } = "";

    /// <summary>Decided from the content, not from what the browser said.</summary>
    public string ContentType { get; private set; } = "";

    public int SizeBytes { get; private set; }

    public byte[] Content { get; private set; } = [];
}
