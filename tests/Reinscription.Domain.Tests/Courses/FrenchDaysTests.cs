using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tests.Courses;

public class FrenchDaysTests
{
    [Theory]
    [InlineData(DayOfWeek.Monday, "lundi", "LUNDI")]
    [InlineData(DayOfWeek.Tuesday, "mardi", "MARDI")]
    [InlineData(DayOfWeek.Wednesday, "mercredi", "MERCREDI")]
    [InlineData(DayOfWeek.Thursday, "jeudi", "JEUDI")]
    [InlineData(DayOfWeek.Friday, "vendredi", "VENDREDI")]
    [InlineData(DayOfWeek.Saturday, "samedi", "SAMEDI")]
    [InlineData(DayOfWeek.Sunday, "dimanche", "DIMANCHE")]
    public void Every_day_has_its_French_name(DayOfWeek day, string name, string upper)
    {
        Assert.Equal(name, FrenchDays.Name(day));
        Assert.Equal(upper, FrenchDays.Upper(day));
    }
}
