using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

/// <summary>The request as the only way in for its lines: step 4's answers, validation's seats, staff moves and offers.</summary>
public class RequestSeatsTests
{
    private const int FmThisYear = 3;
    private const int ChoirThisYear = 5;
    private const int FmSlot = 40;
    private const int OtherFmSlot = 41;
    private const int FullFmSlot = 42;
    private const int Violin = 50;
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 16, 45, 0, TimeSpan.Zero);

    private static ReenrollmentRequest Draft()
    {
        var request = new ReenrollmentRequest(1, 7);
        request.ChooseToReenrol();
        return request;
    }

    private static ReenrollmentRequest SubmittedIn(int? slot, int? waitlist = null)
    {
        var request = Draft();
        request.ChooseCourse(FmThisYear, continues: true, slot, waitlist);
        request.Submit(Now);
        return request;
    }

    [Fact]
    public void Step_four_adds_a_line_then_changes_it()
    {
        var request = Draft();

        request.ChooseCourse(FmThisYear, continues: true, FmSlot, null);
        request.ChooseCourse(FmThisYear, continues: true, null, FullFmSlot);

        var line = Assert.Single(request.Choices);
        Assert.Equal((FmThisYear, (int?)null, (int?)FullFmSlot), (line.CurrentEnrollmentId!.Value, line.ChosenCourseId, line.WaitlistCourseId));
    }

    [Fact]
    public void The_same_course_cannot_have_two_lines()
    {
        var request = Draft();
        request.AddChoice(new CourseChoice(FmThisYear, true, FmSlot));

        Assert.Throws<InvalidOperationException>(() => request.AddChoice(new CourseChoice(FmThisYear, true, OtherFmSlot)));
        Assert.Single(request.Choices);
    }

    [Fact]
    public void Wishes_are_kept_trimmed_and_blank_ones_as_none()
    {
        var request = Draft();

        request.ChangeWishes(new RequestWishes("  ", "Emma, danse", " Alto ", "Violon", null, ""));

        Assert.Equal(new RequestWishes(null, "Emma, danse", "Alto", "Violon", null, null), request.Wishes);
        Assert.Equal(["Alto", "Violon"], request.Wishes.InstrumentsInOrder);
    }

    [Fact]
    public void A_sent_request_refuses_new_answers_and_wishes()
    {
        var request = SubmittedIn(FmSlot);

        Assert.Throws<InvalidOperationException>(() => request.ChooseCourse(FmThisYear, true, OtherFmSlot, null));
        Assert.Throws<InvalidOperationException>(() => request.ChangeWishes(new RequestWishes(FirstInstrumentWish: "Tuba")));
        Assert.Equal(FmSlot, Assert.Single(request.Choices).ChosenCourseId);
    }

    [Fact]
    public void Submitting_returns_the_lines_whose_seat_to_take_in_slot_order_and_marks_them()
    {
        var request = Draft();
        request.ChooseCourse(ChoirThisYear, continues: true, OtherFmSlot, null);
        request.ChooseCourse(FmThisYear, continues: true, FmSlot, FullFmSlot);
        request.ChooseCourse(8, continues: false, null, null);

        var seats = request.Submit(Now);

        Assert.Equal([FmSlot, OtherFmSlot], seats.Select(c => c.ChosenCourseId!.Value));
        Assert.All(seats, c => Assert.True(c.SeatTaken));
        Assert.Equal(FullFmSlot, Assert.Single(request.WaitlistWishes).WaitlistCourseId);
    }

    [Fact]
    public void A_slot_found_full_at_validation_is_forgotten_by_the_draft()
    {
        var request = Draft();
        request.ChooseCourse(FmThisYear, continues: true, FmSlot, null);

        request.ForgetSlot(FmSlot);

        Assert.Null(Assert.Single(request.Choices).ChosenCourseId);
    }

    [Fact]
    public void Staff_move_a_line_to_another_slot_and_learn_which_seat_it_leaves()
    {
        var request = SubmittedIn(FmSlot);
        var line = Assert.Single(request.Choices);

        var left = request.MoveChoice(line, OtherFmSlot);

        Assert.Equal(FmSlot, left);
        Assert.Equal(OtherFmSlot, line.ChosenCourseId);
        Assert.True(line.SeatTaken);
    }

    [Fact]
    public void Moving_into_the_slot_waited_for_ends_the_wait()
    {
        var request = SubmittedIn(FmSlot, waitlist: FullFmSlot);
        var line = Assert.Single(request.Choices);

        request.MoveChoice(line, FullFmSlot);

        Assert.Null(line.WaitlistCourseId);
    }

    [Fact]
    public void A_line_without_a_seat_cannot_be_moved_nor_a_draft_changed_by_staff()
    {
        var draft = Draft();
        draft.ChooseCourse(FmThisYear, true, FmSlot, null);
        var onlyWaiting = SubmittedIn(null, waitlist: FullFmSlot);
        var inFm = SubmittedIn(FmSlot);

        Assert.Throws<InvalidOperationException>(() => draft.MoveChoice(draft.Choices.Single(), OtherFmSlot));
        Assert.Equal("Cette ligne n'a pas de place à déplacer.",
            Assert.Throws<InvalidOperationException>(() => onlyWaiting.MoveChoice(onlyWaiting.Choices.Single(), OtherFmSlot)).Message);
        Assert.Equal("L'élève est déjà inscrit dans cet horaire.",
            Assert.Throws<InvalidOperationException>(() => inFm.MoveChoice(inFm.Choices.Single(), FmSlot)).Message);
    }

    [Fact]
    public void A_line_of_another_request_is_refused()
    {
        var request = SubmittedIn(FmSlot);
        var other = SubmittedIn(FmSlot);

        Assert.Equal("Cette ligne n'appartient pas à la demande.",
            Assert.Throws<InvalidOperationException>(() => request.MoveChoice(other.Choices.Single(), OtherFmSlot)).Message);
    }

    [Fact]
    public void Staff_assign_a_new_course_or_one_a_line_waits_for_and_take_it_back()
    {
        var request = Draft();
        request.ChooseCourse(ChoirThisYear, continues: true, null, null);
        request.Submit(Now);
        var awaiting = request.Choices.Single();

        request.Assign(Violin, null);
        request.Assign(60, awaiting);

        Assert.Equal([Violin, 60], request.Choices.Where(c => c.SeatTaken).Select(c => c.ChosenCourseId!.Value).Order());
        Assert.Equal("Ce cours est déjà attribué à l'élève.", Assert.Throws<InvalidOperationException>(() => request.Assign(Violin, null)).Message);

        var added = request.Choices.Single(c => c.CurrentEnrollmentId is null);
        Assert.Equal(Violin, request.Unassign(added));
        Assert.Equal(60, request.Unassign(awaiting));
        Assert.Equal(awaiting, Assert.Single(request.Choices));
        Assert.False(awaiting.SeatTaken);
    }

    [Fact]
    public void Accepting_an_offer_moves_the_line_to_the_slot_and_names_the_seat_it_leaves()
    {
        var request = SubmittedIn(FmSlot, waitlist: FullFmSlot);
        var line = Assert.Single(request.Choices);

        var left = request.TakeOfferedSeat(line, FullFmSlot);

        Assert.Equal(FmSlot, left);
        Assert.Equal((FullFmSlot, (int?)null, true), (line.ChosenCourseId!.Value, line.WaitlistCourseId, line.SeatTaken));
        Assert.Throws<InvalidOperationException>(() => request.TakeOfferedSeat(line, OtherFmSlot));
    }

    [Fact]
    public void An_offer_accepted_by_a_line_without_a_seat_leaves_none()
    {
        var request = SubmittedIn(null, waitlist: FullFmSlot);

        Assert.Null(request.TakeOfferedSeat(request.Choices.Single(), FullFmSlot));
    }

    [Fact]
    public void Refusing_gives_back_every_seat_held()
    {
        var request = Draft();
        request.ChooseCourse(FmThisYear, true, OtherFmSlot, null);
        request.ChooseCourse(ChoirThisYear, true, FmSlot, null);
        request.Submit(Now);

        var released = request.Refuse("Dossier incomplet");

        Assert.Equal([FmSlot, OtherFmSlot], released);
        Assert.All(request.Choices, c => Assert.False(c.SeatTaken));
        Assert.Throws<InvalidOperationException>(() => request.MoveChoice(request.Choices.First(), 99));
    }

    [Fact]
    public void A_family_giving_up_a_sent_request_answers_no_and_gives_back_its_seats()
    {
        var request = SubmittedIn(FmSlot);

        var released = request.Withdraw(Now.AddDays(1));

        Assert.Equal([FmSlot], released);
        Assert.Equal((ReenrollmentWish.DoNotReenrol, RequestStatus.Submitted, Now.AddDays(1)), (request.Wish, request.Status, request.SubmittedAt!.Value));
        Assert.False(Assert.Single(request.Choices).SeatTaken);
        Assert.Throws<InvalidOperationException>(() => request.Withdraw(Now.AddDays(2)));
    }

    [Fact]
    public void A_request_awaits_a_decision_from_when_it_is_sent_until_it_is_decided_or_withdrawn()
    {
        var draft = Draft();
        var sent = SubmittedIn(FmSlot);
        var validated = SubmittedIn(FmSlot);
        validated.Validate();
        var withdrawn = SubmittedIn(FmSlot);
        withdrawn.Withdraw(Now.AddDays(1));

        Assert.Equal((false, true, false, false), (draft.AwaitsDecision, sent.AwaitsDecision, validated.AwaitsDecision, withdrawn.AwaitsDecision));
    }

    [Fact]
    public void A_decided_request_cannot_be_given_up()
    {
        var request = SubmittedIn(FmSlot);
        request.Validate();

        Assert.Throws<InvalidOperationException>(() => request.Withdraw(Now));
        Assert.True(Assert.Single(request.Choices).SeatTaken);
    }
}
