using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class ReenrollmentAnswerTests
{
    [Theory]
    [InlineData(null, null, ReenrollmentAnswer.NotAnswered)]
    [InlineData(ReenrollmentWish.Undecided, RequestStatus.Draft, ReenrollmentAnswer.NotAnswered)]
    [InlineData(ReenrollmentWish.Reenrol, RequestStatus.Draft, ReenrollmentAnswer.InProgress)]
    [InlineData(ReenrollmentWish.Reenrol, RequestStatus.Submitted, ReenrollmentAnswer.Reenrolled)]
    [InlineData(ReenrollmentWish.Reenrol, RequestStatus.Validated, ReenrollmentAnswer.Reenrolled)]
    [InlineData(ReenrollmentWish.Reenrol, RequestStatus.Refused, ReenrollmentAnswer.Refused)]
    [InlineData(ReenrollmentWish.DoNotReenrol, RequestStatus.Submitted, ReenrollmentAnswer.Declined)]
    public void A_request_counts_as_the_answer_the_dashboard_shows(ReenrollmentWish? wish, RequestStatus? status, ReenrollmentAnswer expected) =>
        Assert.Equal(expected, ReenrollmentAnswers.Of(wish, status));
}
