using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>
/// The blank form of a line (Doc 1 to 4 of manual 001) goes through the inspection families' uploads
/// go through: a PDF, read in full, within the site's size limit, its name cleaned.
/// </summary>
public static class BlankForms
{
    /// <summary>The refusal in French, or null when the file was attached.</summary>
    public static async Task<string?> AttachAsync(DocumentRequirement requirement, Site site, IFormFile? file, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requirement);
        ArgumentNullException.ThrowIfNull(site);
        if (file is null || file.Length == 0)
        {
            return "Choisissez le fichier PDF du formulaire.";
        }

        using var buffer = new MemoryStream((int)Math.Min(file.Length, site.MaxUploadBytes + 1L));
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        var inspection = FileInspector.Inspect(content, file.FileName, new UploadExpectations(UploadFormats.Pdf, site.MaxUploadBytes, DocumentKind.Form, null), today);
        if (inspection is FileRefused refused)
        {
            return refused.Message.Replace("Ce site n'accepte que les fichiers PDF.", "Le formulaire doit être un PDF.", StringComparison.Ordinal);
        }

        requirement.AttachTemplate(((FileAccepted)inspection).FileName, content);
        return null;
    }
}
