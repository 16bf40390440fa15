using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Campaigns;

public class CampaignCountdownTests
{
    private static readonly DateTimeOffset Opens = ParisTime.ToInstant(new DateTime(2026, 4, 1, 9, 0, 0));
    private static readonly DateTimeOffset Closes = ParisTime.ToInstant(new DateTime(2026, 5, 18, 12, 0, 0));

    [Fact]
    public void Days_are_counted_in_Paris_calendar_days()
    {
        // Less than 24 hours before closing, but the day before: one day left, as a calendar says.
        var dayBefore = ParisTime.ToInstant(new DateTime(2026, 5, 17, 18, 0, 0));
        var twoDaysBefore = ParisTime.ToInstant(new DateTime(2026, 5, 16, 23, 30, 0));

        Assert.Equal(1, CampaignCountdown.DaysLeft(Closes, dayBefore));
        Assert.Equal("1 jour restant (clôture le 18/05/2026 à 12:00)", CampaignCountdown.Describe(Opens, Closes, dayBefore));
        Assert.Equal("2 jours restants (clôture le 18/05/2026 à 12:00)", CampaignCountdown.Describe(Opens, Closes, twoDaysBefore));
    }

    [Fact]
    public void The_closing_day_says_at_what_time_it_closes()
    {
        var morning = ParisTime.ToInstant(new DateTime(2026, 5, 18, 8, 0, 0));

        Assert.Equal(0, CampaignCountdown.DaysLeft(Closes, morning));
        Assert.Equal("clôture aujourd'hui à 12:00", CampaignCountdown.Describe(Opens, Closes, morning));
    }

    [Fact]
    public void Before_opening_and_after_closing_no_days_are_counted()
    {
        Assert.Equal("ouvre le 01/04/2026 à 09:00, clôture le 18/05/2026 à 12:00", CampaignCountdown.Describe(Opens, Closes, Opens.AddDays(-3)));
        Assert.Equal(0, CampaignCountdown.DaysLeft(Closes, Closes.AddHours(1)));
        Assert.Equal("close depuis le 18/05/2026 à 12:00", CampaignCountdown.Describe(Opens, Closes, Closes));
    }
}
