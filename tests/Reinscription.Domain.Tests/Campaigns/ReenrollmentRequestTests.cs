using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class ReenrollmentRequestTests
{
    private const string AlreadySent = "Cette demande a déjà été transmise et ne peut plus être modifiée.";
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 16, 45, 0, TimeSpan.Zero);

    private static ReenrollmentRequest Submitted()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ChooseToReenrol();
        request.Submit(Now);
        return request;
    }

    [Fact]
    public void A_new_request_is_an_undecided_draft_at_the_first_step()
    {
        var request = new ReenrollmentRequest(1, 7);

        Assert.Equal(1, request.CampaignId);
        Assert.Equal(7, request.StudentId);
        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Equal(ReenrollmentWish.Undecided, request.Wish);
        Assert.Equal(ReenrollmentRequest.FirstStep, request.CurrentStep);
        Assert.True(request.IsEditable);
        Assert.Null(request.SubmittedAt);
        Assert.Null(request.TermsAcceptedAt);
        Assert.Empty(request.Choices);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(4)]
    [InlineData(6)]
    public void The_wizard_remembers_the_step_reached(int step)
    {
        var request = new ReenrollmentRequest(1, 7);

        request.ReachStep(step);

        Assert.Equal(step, request.CurrentStep);
    }

    [Fact]
    public void The_family_may_go_back_to_an_earlier_step()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ReachStep(5);

        request.ReachStep(2);

        Assert.Equal(2, request.CurrentStep);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(7)]
    public void There_is_no_step_outside_1_to_6(int step)
    {
        var request = new ReenrollmentRequest(1, 7);

        Assert.Throws<ArgumentOutOfRangeException>(() => request.ReachStep(step));
        Assert.Equal(1, request.CurrentStep);
    }

    [Fact]
    public void Submitting_a_reenrolment_accepts_the_terms_and_moves_to_the_last_step()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ChooseToReenrol();
        request.ReachStep(5);

        request.Submit(Now);

        Assert.Equal(ReenrollmentWish.Reenrol, request.Wish);
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(Now, request.SubmittedAt);
        Assert.Equal(Now, request.TermsAcceptedAt);
        Assert.Equal(ReenrollmentRequest.LastStep, request.CurrentStep);
        Assert.False(request.IsEditable);
    }

    [Fact]
    public void An_undecided_request_cannot_be_submitted()
    {
        var request = new ReenrollmentRequest(1, 7);

        var error = Assert.Throws<InvalidOperationException>(() => request.Submit(Now));

        Assert.Equal("Seule une demande de réinscription peut être validée.", error.Message);
        Assert.Equal(RequestStatus.Draft, request.Status);
        Assert.Null(request.SubmittedAt);
    }

    [Fact]
    public void Submitting_twice_is_refused_and_keeps_the_first_submission()
    {
        var request = Submitted();

        var error = Assert.Throws<InvalidOperationException>(() => request.Submit(Now.AddHours(1)));

        Assert.Equal(AlreadySent, error.Message);
        Assert.Equal(Now, request.SubmittedAt);
    }

    [Fact]
    public void A_submitted_request_can_no_longer_be_edited()
    {
        var request = Submitted();

        Assert.Equal(AlreadySent, Assert.Throws<InvalidOperationException>(() => request.ReachStep(2)).Message);
        Assert.Equal(AlreadySent, Assert.Throws<InvalidOperationException>(request.ChooseToReenrol).Message);
        Assert.Equal(AlreadySent, Assert.Throws<InvalidOperationException>(() => request.DeclineReenrolment(Now)).Message);
        Assert.Equal(
            AlreadySent,
            Assert.Throws<InvalidOperationException>(() => request.AddChoice(new CourseChoice(3, true, 4))).Message);
        Assert.Empty(request.Choices);
    }

    [Fact]
    public void Declining_is_a_final_answer_submitted_at_once()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ReachStep(2);

        request.DeclineReenrolment(Now);

        Assert.Equal(ReenrollmentWish.DoNotReenrol, request.Wish);
        Assert.Equal(RequestStatus.Submitted, request.Status);
        Assert.Equal(Now, request.SubmittedAt);
        Assert.Null(request.TermsAcceptedAt);
        Assert.Equal(2, request.CurrentStep);
        Assert.False(request.IsEditable);
    }

    [Fact]
    public void A_family_may_change_its_mind_before_submitting()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ChooseToReenrol();

        request.DeclineReenrolment(Now);

        Assert.Equal(ReenrollmentWish.DoNotReenrol, request.Wish);
    }

    [Fact]
    public void Course_choices_are_added_to_a_draft()
    {
        var request = new ReenrollmentRequest(1, 7);

        request.AddChoice(new CourseChoice(3, true, 4));
        request.AddChoice(new CourseChoice(5, false, null));

        Assert.Collection(
            request.Choices,
            c => Assert.Equal((3, true, (int?)4), (c.CurrentEnrollmentId, c.Continues, c.ChosenCourseId)),
            c => Assert.Equal((5, false, (int?)null), (c.CurrentEnrollmentId, c.Continues, c.ChosenCourseId)));
    }

    [Fact]
    public void Staff_validate_a_submitted_request()
    {
        var request = Submitted();

        request.Validate();

        Assert.Equal(RequestStatus.Validated, request.Status);
    }

    [Fact]
    public void Staff_refuse_a_submitted_request_with_a_reason()
    {
        var request = Submitted();

        request.Refuse("Niveau insuffisant pour le cycle 2.");

        Assert.Equal(RequestStatus.Refused, request.Status);
        Assert.Equal("Niveau insuffisant pour le cycle 2.", request.RefusalReason);
    }

    [Fact]
    public void A_draft_cannot_be_validated()
    {
        var request = new ReenrollmentRequest(1, 7);

        var error = Assert.Throws<InvalidOperationException>(request.Validate);

        Assert.Equal("Seule une demande transmise peut être validée.", error.Message);
        Assert.Equal(RequestStatus.Draft, request.Status);
    }

    [Fact]
    public void A_draft_cannot_be_refused()
    {
        var request = new ReenrollmentRequest(1, 7);

        var error = Assert.Throws<InvalidOperationException>(() => request.Refuse("Dossier incomplet"));

        Assert.Equal("Seule une demande transmise peut être refusée.", error.Message);
        Assert.Null(request.RefusalReason);
    }

    [Fact]
    public void A_validated_request_cannot_be_refused_nor_validated_again()
    {
        var request = Submitted();
        request.Validate();

        Assert.Throws<InvalidOperationException>(() => request.Refuse("Dossier incomplet"));
        Assert.Throws<InvalidOperationException>(request.Validate);
        Assert.Equal(RequestStatus.Validated, request.Status);
    }

    [Fact]
    public void A_refused_request_cannot_be_validated()
    {
        var request = Submitted();
        request.Refuse("Dossier incomplet");

        Assert.Throws<InvalidOperationException>(request.Validate);
        Assert.Equal(RequestStatus.Refused, request.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_refusal_needs_a_reason(string reason)
    {
        var request = Submitted();

        Assert.ThrowsAny<ArgumentException>(() => request.Refuse(reason));
        Assert.Equal(RequestStatus.Submitted, request.Status);
    }

    [Fact]
    public void A_declined_request_is_submitted_and_can_be_validated()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.DeclineReenrolment(Now);

        request.Validate();

        Assert.Equal(RequestStatus.Validated, request.Status);
    }
}
