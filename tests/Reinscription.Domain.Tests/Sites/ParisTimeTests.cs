using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Sites;

public class ParisTimeTests
{
    [Fact]
    public void Noon_in_Paris_in_May_is_ten_o_clock_UTC()
    {
        var instant = ParisTime.ToInstant(new DateTime(2026, 5, 18, 12, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2026, 5, 18, 10, 0, 0, TimeSpan.Zero), instant);
        Assert.Equal(TimeSpan.Zero, instant.Offset);
    }

    [Fact]
    public void Noon_in_Paris_in_January_is_eleven_o_clock_UTC()
    {
        var instant = ParisTime.ToInstant(new DateTime(2026, 1, 15, 12, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2026, 1, 15, 11, 0, 0, TimeSpan.Zero), instant);
    }

    [Fact]
    public void A_summer_instant_is_shown_in_Paris_time_in_the_French_format()
    {
        var instant = new DateTimeOffset(2026, 5, 18, 10, 0, 0, TimeSpan.Zero);

        Assert.Equal("18/05/2026 à 12:00", ParisTime.Format(instant));
    }

    [Fact]
    public void A_winter_instant_is_shown_in_Paris_time_in_the_French_format()
    {
        var instant = new DateTimeOffset(2026, 1, 15, 11, 0, 0, TimeSpan.Zero);

        Assert.Equal("15/01/2026 à 12:00", ParisTime.Format(instant));
    }

    [Theory]
    [InlineData(2026, 1, 15, 8, 5)]
    [InlineData(2026, 5, 18, 12, 0)]
    [InlineData(2026, 7, 1, 23, 59)]
    [InlineData(2026, 12, 31, 0, 30)]
    public void Entering_then_showing_a_Paris_time_gives_it_back(int year, int month, int day, int hour, int minute)
    {
        var local = new DateTime(year, month, day, hour, minute, 0, DateTimeKind.Unspecified);

        var instant = ParisTime.ToInstant(local);

        Assert.Equal(local, ParisTime.ToLocal(instant));
        Assert.Equal($"{day:00}/{month:00}/{year} à {hour:00}:{minute:00}", ParisTime.Format(instant));
    }

    [Fact]
    public void The_kind_of_the_entered_time_is_ignored()
    {
        var unspecified = ParisTime.ToInstant(new DateTime(2026, 5, 18, 12, 0, 0, DateTimeKind.Unspecified));
        var utc = ParisTime.ToInstant(new DateTime(2026, 5, 18, 12, 0, 0, DateTimeKind.Utc));

        Assert.Equal(unspecified, utc);
    }

    [Fact]
    public void The_offset_of_the_instant_shown_does_not_matter()
    {
        var fromNewYork = new DateTimeOffset(2026, 5, 18, 6, 0, 0, TimeSpan.FromHours(-4));

        Assert.Equal("18/05/2026 à 12:00", ParisTime.Format(fromNewYork));
    }

    [Fact]
    public void At_23_30_UTC_on_31_December_it_is_already_1_January_in_Paris()
    {
        var now = new DateTimeOffset(2025, 12, 31, 23, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 1, 1), ParisTime.Today(now));
        Assert.Equal("01/01/2026", ParisTime.FormatDate(now));
    }

    [Fact]
    public void At_22_30_UTC_in_summer_it_is_already_the_next_day_in_Paris()
    {
        var now = new DateTimeOffset(2026, 6, 30, 22, 30, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 7, 1), ParisTime.Today(now));
    }

    [Fact]
    public void At_22_59_UTC_in_winter_it_is_still_the_same_day_in_Paris()
    {
        var now = new DateTimeOffset(2026, 2, 10, 22, 59, 0, TimeSpan.Zero);

        Assert.Equal(new DateOnly(2026, 2, 10), ParisTime.Today(now));
    }

    [Fact]
    public void The_hour_after_the_spring_change_is_two_hours_ahead_of_UTC()
    {
        // 29 March 2026: clocks go from 02:00 to 03:00 in Paris, at 01:00 UTC.
        var before = ParisTime.ToInstant(new DateTime(2026, 3, 29, 1, 30, 0, DateTimeKind.Unspecified));
        var after = ParisTime.ToInstant(new DateTime(2026, 3, 29, 3, 30, 0, DateTimeKind.Unspecified));

        Assert.Equal(new DateTimeOffset(2026, 3, 29, 0, 30, 0, TimeSpan.Zero), before);
        Assert.Equal(new DateTimeOffset(2026, 3, 29, 1, 30, 0, TimeSpan.Zero), after);
    }

    [Theory]
    [InlineData(2, 0)]
    [InlineData(2, 30)]
    [InlineData(2, 59)]
    public void A_time_the_clocks_skip_in_spring_does_not_exist_in_Paris(int hour, int minute) =>
        Assert.False(ParisTime.Exists(new DateTime(2027, 3, 28, hour, minute, 0, DateTimeKind.Unspecified)));

    [Theory]
    [InlineData(1, 59)]
    [InlineData(3, 0)]
    public void The_times_around_the_spring_gap_exist(int hour, int minute) =>
        Assert.True(ParisTime.Exists(new DateTime(2027, 3, 28, hour, minute, 0, DateTimeKind.Unspecified)));

    [Fact]
    public void A_time_that_happens_twice_in_autumn_is_taken_in_winter_time()
    {
        // 31 October 2027: clocks go back from 03:00 to 02:00, so 02:30 happens at 00:30 and 01:30 UTC.
        var local = new DateTime(2027, 10, 31, 2, 30, 0, DateTimeKind.Unspecified);

        Assert.True(ParisTime.Exists(local));
        Assert.Equal(new DateTimeOffset(2027, 10, 31, 1, 30, 0, TimeSpan.Zero), ParisTime.ToInstant(local));
    }

    [Fact]
    public void The_day_clocks_go_back_lasts_25_hours_between_two_Paris_midnights()
    {
        var start = ParisTime.ToInstant(new DateTime(2027, 10, 31, 0, 0, 0, DateTimeKind.Unspecified));
        var end = ParisTime.ToInstant(new DateTime(2027, 11, 1, 0, 0, 0, DateTimeKind.Unspecified));

        Assert.Equal(TimeSpan.FromHours(25), end - start);
    }
}
