namespace Reinscription.Domain.Sites;

[Flags]
public enum UploadFormats
{
    None = 0,
    Pdf = 1,
    Jpeg = 2,
    Png = 4,
    All = Pdf | Jpeg | Png,
}
