namespace Reinscription.Domain.Campaigns;

/// <summary>Where a student stands in a campaign, as the dashboard counts it.</summary>
public enum ReenrollmentAnswer
{
    /// <summary>No request yet, or the wizard opened without choosing.</summary>
    NotAnswered,

    /// <summary>Re-enrolment chosen, the wizard not yet validated.</summary>
    InProgress,

    /// <summary>Validated by the family (and possibly by the conservatory since).</summary>
    Reenrolled,

    Declined,

    /// <summary>Sent, then refused by the conservatory.</summary>
    Refused,
}

public static class ReenrollmentAnswers
{
    /// <summary>The answer of a student whose request has this wish and status; null for a student without a request.</summary>
    public static ReenrollmentAnswer Of(ReenrollmentWish? wish, RequestStatus? status) => (wish, status) switch
    {
        (ReenrollmentWish.DoNotReenrol, _) => ReenrollmentAnswer.Declined,
        (ReenrollmentWish.Reenrol, RequestStatus.Draft) => ReenrollmentAnswer.InProgress,
        (ReenrollmentWish.Reenrol, RequestStatus.Submitted or RequestStatus.Validated) => ReenrollmentAnswer.Reenrolled,
        (ReenrollmentWish.Reenrol, RequestStatus.Refused) => ReenrollmentAnswer.Refused,
        _ => ReenrollmentAnswer.NotAnswered,
    };
}
