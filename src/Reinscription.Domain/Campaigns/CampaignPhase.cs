namespace Reinscription.Domain.Campaigns;

public enum CampaignPhase
{
    NotYetOpen,
    Open,
    Closed,
}
