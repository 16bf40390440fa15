using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Documents;

/// <summary>What a file must be, and what it should contain, for one requirement of one site.</summary>
public sealed record UploadExpectations(
    UploadFormats AcceptedFormats,
    int MaxBytes,
    DocumentKind Kind,
    int? ExpectedPageCount)
{
    /// <summary>The requirement's own formats win over the site's; the size limit is the site's.</summary>
    public static UploadExpectations For(Site site, DocumentRequirement requirement)
    {
        ArgumentNullException.ThrowIfNull(site);
        ArgumentNullException.ThrowIfNull(requirement);
        return new(
            requirement.AcceptedFormats ?? site.AcceptedUploadFormats,
            site.MaxUploadBytes,
            requirement.Kind,
            requirement.ExpectedPageCount);
    }
}
