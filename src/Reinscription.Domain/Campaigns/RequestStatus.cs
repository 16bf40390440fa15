namespace Reinscription.Domain.Campaigns;

public enum RequestStatus
{
    Draft,
    Submitted,
    Validated,
    Refused,
}
