using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class CourseChoiceTests
{
    [Fact]
    public void A_line_not_continued_keeps_neither_slot_nor_waiting_list()
    {
        var choice = new CourseChoice(3, continues: false, chosenCourseId: 4, waitlistCourseId: 5);

        Assert.False(choice.Continues);
        Assert.Null(choice.ChosenCourseId);
        Assert.Null(choice.WaitlistCourseId);
        Assert.False(choice.SeatTaken);
    }

    [Fact]
    public void A_line_may_wait_for_a_full_slot_besides_the_slot_chosen()
    {
        var choice = new CourseChoice(3, continues: true, chosenCourseId: 4, waitlistCourseId: 5);

        Assert.Equal((4, 5), (choice.ChosenCourseId, choice.WaitlistCourseId));
    }

    [Fact]
    public void A_slot_cannot_be_both_chosen_and_waited_for() =>
        Assert.Throws<ArgumentException>(() => new CourseChoice(3, continues: true, chosenCourseId: 4, waitlistCourseId: 4));
}
