namespace Reinscription.Domain.Campaigns;

/// <summary>
/// Where a student stands in a campaign, as the secretariat counts them: the request's status and the
/// family's wish read together, and a student whose family has not answered counted too.
/// </summary>
public enum RequestStage
{
    /// <summary>No request yet, or opened without choosing to re-enrol or not.</summary>
    NotAnswered,
    Draft,
    Submitted,
    Validated,
    Refused,

    /// <summary>The family answered that the student leaves.</summary>
    NotReenrolling,
}

public static class RequestStages
{
    public static RequestStage Of(ReenrollmentRequest? request) =>
        request is null ? RequestStage.NotAnswered : Of(request.Status, request.Wish);

    public static RequestStage Of(RequestStatus status, ReenrollmentWish wish) => wish switch
    {
        ReenrollmentWish.Undecided => RequestStage.NotAnswered,
        ReenrollmentWish.DoNotReenrol => RequestStage.NotReenrolling,
        _ => status switch
        {
            RequestStatus.Submitted => RequestStage.Submitted,
            RequestStatus.Validated => RequestStage.Validated,
            RequestStatus.Refused => RequestStage.Refused,
            _ => RequestStage.Draft,
        },
    };
}
