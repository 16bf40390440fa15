namespace Reinscription.Web.FamilyImport;

/// <summary>
/// A CSV file from the management system, kept between its dry run and its import so that what is
/// imported is exactly what was checked. Importing marks it once; importing it again changes nothing.
/// </summary>
public class ImportFile
{
    /// <summary>A few times the 5,000-family file of the benchmark (about 3 MB).</summary>
    public const int MaxBytes = 20 * 1024 * 1024;

    private ImportFile()
    {
    }

    public ImportFile(int siteId, string fileName, byte[] content, int uploadedByStaffId, DateTimeOffset uploadedAt)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        ArgumentNullException.ThrowIfNull(content);
        SiteId = siteId;
        FileName = fileName;
        Content = content;
        UploadedByStaffId = uploadedByStaffId;
        UploadedAt = uploadedAt;
    }

    public int Id { get; private set; }

    public int SiteId { get; private set; }

    public string FileName { get; private set; } = "";

    public byte[] Content { get; private set; } = [];

    public int UploadedByStaffId { get; private set; }

    public DateTimeOffset UploadedAt { get; private set; }

    public DateTimeOffset? ImportedAt { get; private set; }

    public void MarkImported(DateTimeOffset now) => ImportedAt ??= now;
}
