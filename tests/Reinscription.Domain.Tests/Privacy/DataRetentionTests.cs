using Reinscription.Domain.Privacy;

namespace Reinscription.Domain.Tests.Privacy;

public class DataRetentionTests
{
    private const int Current = 2025;

    [Fact]
    public void A_family_last_enrolled_two_school_years_ago_is_due() =>
        Assert.True(DataRetention.IsDue(lastEnrolmentStartYear: 2023, Current));

    [Fact]
    public void A_family_last_enrolled_three_school_years_ago_is_due() =>
        Assert.True(DataRetention.IsDue(lastEnrolmentStartYear: 2022, Current));

    [Fact]
    public void A_family_that_left_last_year_is_kept() =>
        Assert.False(DataRetention.IsDue(lastEnrolmentStartYear: 2024, Current));

    [Theory]
    [InlineData(2025)]
    [InlineData(2026)]
    public void A_family_enrolled_this_year_or_next_is_kept(int lastEnrolment) =>
        Assert.False(DataRetention.IsDue(lastEnrolment, Current));

    [Fact]
    public void A_family_never_enrolled_is_kept() =>
        Assert.False(DataRetention.IsDue(lastEnrolmentStartYear: null, Current));

    [Fact]
    public void The_latest_due_year_moves_with_the_current_year() =>
        Assert.Equal(2024, DataRetention.LatestDueYear(2026));
}
