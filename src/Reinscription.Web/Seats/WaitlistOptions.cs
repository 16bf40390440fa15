namespace Reinscription.Web.Seats;

/// <summary>The waiting lists' background job, from configuration (Waitlist__PollMilliseconds).</summary>
public sealed class WaitlistOptions
{
    public const string Section = "Waitlist";

    /// <summary>How often offers past their deadline are looked for and passed on.</summary>
    public int PollMilliseconds { get; set; } = 30_000;
}
