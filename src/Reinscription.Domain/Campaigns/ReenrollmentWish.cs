namespace Reinscription.Domain.Campaigns;

public enum ReenrollmentWish
{
    Undecided,
    Reenrol,
    DoNotReenrol,
}
