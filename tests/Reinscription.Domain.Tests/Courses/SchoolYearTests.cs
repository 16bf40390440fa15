using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tests.Courses;

public class SchoolYearTests
{
    [Fact]
    public void A_school_year_is_labelled_with_both_calendar_years() =>
        Assert.Equal("2025-2026", new SchoolYear(2025).Label);

    [Fact]
    public void A_school_year_before_2000_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new SchoolYear(1999));

    [Fact]
    public void A_new_school_year_is_not_current_until_made_so()
    {
        var year = new SchoolYear(2026);
        Assert.False(year.IsCurrent);

        year.MakeCurrent();
        Assert.True(year.IsCurrent);

        year.EndCurrency();
        Assert.False(year.IsCurrent);
    }

    [Theory]
    [InlineData(2026, 8, 31, 2025)]
    [InlineData(2026, 9, 1, 2026)]
    [InlineData(2027, 1, 15, 2026)]
    public void A_school_year_starts_in_September(int year, int month, int day, int startYear) =>
        Assert.Equal(startYear, SchoolYear.StartYearOn(new DateOnly(year, month, day)));

    [Fact]
    public void A_label_is_said_from_the_start_year_alone() =>
        Assert.Equal("2026-2027", SchoolYear.LabelOf(2026));
}
