using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Seats;

/// <summary>A request's place in a slot's waiting list as the family and staff read it; the rank counts only those still in line.</summary>
public sealed record WaitlistPlace(
    int EntryId,
    int ChoiceId,
    int CourseId,
    WaitlistStatus Status,
    int? Rank,
    DateTimeOffset? OfferExpiresAt)
{
    public bool IsOffered => Status == WaitlistStatus.Offered;

    public string StateText => Status switch
    {
        WaitlistStatus.Waiting => Rank == 1 ? "1re position sur la liste d'attente" : $"{Rank}e position sur la liste d'attente",
        WaitlistStatus.Offered => $"place proposée, à accepter avant le {ParisTime.Format(OfferExpiresAt!.Value)} (heure de Paris)",
        WaitlistStatus.Accepted => "place obtenue",
        WaitlistStatus.Declined => "proposition refusée",
        WaitlistStatus.Expired => "proposition expirée sans réponse",
        _ => "retiré de la liste d'attente",
    };
}
