using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class WaitlistEntryTests
{
    private static readonly DateTimeOffset Now = new(2026, 5, 20, 16, 45, 0, TimeSpan.Zero);
    private static readonly TimeSpan TwoDays = TimeSpan.FromHours(48);

    private static WaitlistEntry Offered()
    {
        var entry = new WaitlistEntry(courseId: 4, requestId: 9, choiceId: 12, joinedAt: Now.AddDays(-3));
        entry.Offer(Now, TwoDays);
        return entry;
    }

    [Fact]
    public void A_new_entry_waits_in_line()
    {
        var entry = new WaitlistEntry(4, 9, 12, Now);

        Assert.Equal(WaitlistStatus.Waiting, entry.Status);
        Assert.True(entry.IsActive);
        Assert.False(entry.IsOfferOpenAt(Now));
    }

    [Fact]
    public void An_offer_holds_until_its_deadline()
    {
        var entry = Offered();

        Assert.Equal(WaitlistStatus.Offered, entry.Status);
        Assert.Equal(Now + TwoDays, entry.OfferExpiresAt);
        Assert.True(entry.IsOfferOpenAt(Now.AddHours(47)));
        Assert.False(entry.IsOfferOpenAt(Now + TwoDays));
        Assert.True(entry.IsActive);
    }

    [Fact]
    public void Only_a_waiting_family_gets_an_offer_and_with_time_to_answer()
    {
        var entry = Offered();

        Assert.Throws<InvalidOperationException>(() => entry.Offer(Now, TwoDays));
        Assert.Throws<ArgumentOutOfRangeException>(() => new WaitlistEntry(4, 9, 12, Now).Offer(Now, TimeSpan.Zero));
    }

    [Fact]
    public void Accepting_in_time_takes_the_place_and_leaves_the_list()
    {
        var entry = Offered();

        entry.Accept(Now.AddHours(1));

        Assert.Equal(WaitlistStatus.Accepted, entry.Status);
        Assert.Equal(Now.AddHours(1), entry.AnsweredAt);
        Assert.False(entry.IsActive);
    }

    [Fact]
    public void Accepting_after_the_deadline_is_refused_and_says_why()
    {
        var entry = Offered();

        var error = Assert.Throws<InvalidOperationException>(() => entry.Accept(Now + TwoDays));

        Assert.Equal("Le délai de réponse à cette proposition est dépassé.", error.Message);
        Assert.Equal(WaitlistStatus.Offered, entry.Status);
    }

    [Fact]
    public void Declining_leaves_the_list()
    {
        var entry = Offered();

        entry.Decline(Now.AddHours(2));

        Assert.Equal(WaitlistStatus.Declined, entry.Status);
        Assert.Throws<InvalidOperationException>(() => entry.Accept(Now.AddHours(3)));
    }

    [Fact]
    public void An_offer_expires_only_once_its_deadline_has_passed()
    {
        var entry = Offered();

        Assert.Throws<InvalidOperationException>(() => entry.Expire(Now.AddHours(47)));
        entry.Expire(Now + TwoDays);

        Assert.Equal(WaitlistStatus.Expired, entry.Status);
        Assert.False(entry.IsActive);
    }

    [Fact]
    public void Withdrawing_says_whether_a_seat_was_held()
    {
        var waiting = new WaitlistEntry(4, 9, 12, Now);
        var offered = Offered();

        Assert.False(waiting.Withdraw(Now));
        Assert.True(offered.Withdraw(Now));
        Assert.Equal(WaitlistStatus.Withdrawn, offered.Status);
        Assert.Throws<InvalidOperationException>(() => offered.Withdraw(Now));
    }
}
