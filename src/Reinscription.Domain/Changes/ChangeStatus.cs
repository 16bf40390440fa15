namespace Reinscription.Domain.Changes;

public enum ChangeStatus
{
    Pending,
    Accepted,
    Rejected,
}
