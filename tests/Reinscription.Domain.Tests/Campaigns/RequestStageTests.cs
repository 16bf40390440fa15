using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class RequestStageTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 16, 45, 0, TimeSpan.Zero);

    [Fact]
    public void A_student_without_a_request_has_not_answered()
    {
        Assert.Equal(RequestStage.NotAnswered, RequestStages.Of(null));
    }

    [Fact]
    public void A_request_opened_without_choosing_has_not_answered()
    {
        Assert.Equal(RequestStage.NotAnswered, RequestStages.Of(new ReenrollmentRequest(1, 7)));
    }

    [Fact]
    public void A_re_enrolment_in_progress_is_a_draft_then_submitted()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ChooseToReenrol();
        var draft = RequestStages.Of(request);

        request.Submit(Now);

        Assert.Equal((RequestStage.Draft, RequestStage.Submitted), (draft, RequestStages.Of(request)));
    }

    [Fact]
    public void A_family_leaving_is_counted_apart_from_submitted_requests()
    {
        var request = new ReenrollmentRequest(1, 7);

        request.DeclineReenrolment(Now);

        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(RequestStage.NotReenrolling, RequestStages.Of(request));
    }

    [Theory]
    [InlineData(RequestStatus.Validated, RequestStage.Validated)]
    [InlineData(RequestStatus.Refused, RequestStage.Refused)]
    public void A_decided_re_enrolment_is_counted_by_its_decision(RequestStatus status, RequestStage stage)
    {
        Assert.Equal(stage, RequestStages.Of(status, ReenrollmentWish.Reenrol));
    }
}
