using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Campaigns;

/// <summary>"J-12": the calendar days, in Paris, until a campaign closes.</summary>
public static class CampaignCountdown
{
    /// <summary>0 on the closing day (and after it), 1 the day before, whatever the hour in Paris.</summary>
    public static int DaysLeft(DateTimeOffset closesAt, DateTimeOffset now) =>
        now >= closesAt ? 0 : ParisTime.Today(closesAt).DayNumber - ParisTime.Today(now).DayNumber;

    /// <summary>What the dashboard says, e.g. "12 jours restants (clôture le 18/05/2026 à 12:00)".</summary>
    public static string Describe(DateTimeOffset opensAt, DateTimeOffset closesAt, DateTimeOffset now)
    {
        if (now < opensAt)
        {
            return $"ouvre le {ParisTime.Format(opensAt)}, clôture le {ParisTime.Format(closesAt)}";
        }

        if (now >= closesAt)
        {
            return $"close depuis le {ParisTime.Format(closesAt)}";
        }

        return DaysLeft(closesAt, now) switch
        {
            0 => $"clôture aujourd'hui à {ParisTime.ToLocal(closesAt):HH\\:mm}",
            1 => $"1 jour restant (clôture le {ParisTime.Format(closesAt)})",
            var days => $"{days} jours restants (clôture le {ParisTime.Format(closesAt)})",
        };
    }
}
