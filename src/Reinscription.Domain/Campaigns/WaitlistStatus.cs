namespace Reinscription.Domain.Campaigns;

public enum WaitlistStatus
{
    /// <summary>In line, no seat offered yet.</summary>
    Waiting,

    /// <summary>A seat is held for the family until the offer's deadline.</summary>
    Offered,

    Accepted,

    Declined,

    /// <summary>The deadline passed without an answer: the seat went to the next family.</summary>
    Expired,

    /// <summary>Left the list without an offer answered: request refused, or moved into the slot by staff.</summary>
    Withdrawn,
}
