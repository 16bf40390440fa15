using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>
/// Where a family answers a waiting-list offer, for the e-mail's link. A page knows its own address; the
/// expiry job knows only <c>Portal:PublicBaseUrl</c>, and without it sends the mail with no link (the mail
/// says where the offer is on the extranet).
/// </summary>
public sealed record OfferLinks(string? BaseUrl)
{
    /// <summary>The family page <c>Pages/Reinscription/Offre</c>.</summary>
    public const string PagePath = "/Reinscription/Offre/";

    public MailLink? For(int entryId) => string.IsNullOrWhiteSpace(BaseUrl)
        ? null
        : new MailLink("Répondre à la proposition", $"{BaseUrl.TrimEnd('/')}{PagePath}{entryId}");
}
