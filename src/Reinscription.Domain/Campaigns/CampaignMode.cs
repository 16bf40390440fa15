namespace Reinscription.Domain.Campaigns;

public enum CampaignMode
{
    /// <summary>"complète": the six steps, the family chooses its slots (step 4).</summary>
    Complete,

    /// <summary>
    /// "administrative" (manuals 002 and 004): coordinates, authorisations and documents only; the
    /// student's courses continue as the conservatory assigns them, so the course step is skipped and
    /// validation takes no seat.
    /// </summary>
    Administrative,
}
