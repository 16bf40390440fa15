using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tests.Courses;

public class CycleTests
{
    [Fact]
    public void The_third_year_of_the_second_cycle_is_coded_2C3()
    {
        var cycle = new Cycle(2, 3);

        Assert.Equal("2C3", cycle.Code);
        Assert.Equal(2, cycle.Number);
        Assert.Equal(3, cycle.Year);
    }

    [Theory]
    [InlineData(0, 1)]
    [InlineData(1, 0)]
    [InlineData(-1, 2)]
    public void A_cycle_number_and_year_start_at_1(int number, int year) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new Cycle(number, year));
}
