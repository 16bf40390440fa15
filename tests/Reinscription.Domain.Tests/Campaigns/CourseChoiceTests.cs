using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class CourseChoiceTests
{
    [Fact]
    public void A_choice_has_taken_no_seat_until_marked()
    {
        var choice = new CourseChoice(3, true, 4);
        Assert.False(choice.SeatTaken);

        choice.MarkSeatTaken();

        Assert.True(choice.SeatTaken);
    }
}
