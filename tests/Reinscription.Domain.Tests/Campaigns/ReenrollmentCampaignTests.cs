using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class ReenrollmentCampaignTests
{
    // 18/05/2026 12:00 to 06/06/2026 12:00 Paris time; documents until 30/06/2026 23:59 Paris time.
    private static readonly DateTimeOffset Opens = new(2026, 5, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2026, 6, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2026, 6, 30, 21, 59, 0, TimeSpan.Zero);
    private static readonly TimeSpan Tick = TimeSpan.FromTicks(1);

    private static ReenrollmentCampaign NewCampaign() => new(1, 2, Opens, Closes, Deadline);

    [Fact]
    public void One_tick_before_opening_the_campaign_is_not_yet_open()
    {
        var campaign = NewCampaign();

        Assert.Equal(CampaignPhase.NotYetOpen, campaign.PhaseAt(Opens - Tick));
        Assert.False(campaign.AcceptsRequestsAt(Opens - Tick));
    }

    [Fact]
    public void At_the_opening_instant_the_campaign_is_open()
    {
        var campaign = NewCampaign();

        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(Opens));
        Assert.True(campaign.AcceptsRequestsAt(Opens));
    }

    [Fact]
    public void One_tick_before_closing_the_campaign_is_still_open()
    {
        var campaign = NewCampaign();

        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(Closes - Tick));
        Assert.True(campaign.AcceptsRequestsAt(Closes - Tick));
    }

    [Fact]
    public void At_the_closing_instant_the_campaign_is_closed()
    {
        var campaign = NewCampaign();

        Assert.Equal(CampaignPhase.Closed, campaign.PhaseAt(Closes));
        Assert.False(campaign.AcceptsRequestsAt(Closes));
    }

    [Fact]
    public void The_phase_compares_instants_whatever_their_offset()
    {
        var campaign = NewCampaign();
        var openingInParis = new DateTimeOffset(2026, 5, 18, 12, 0, 0, TimeSpan.FromHours(2));

        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(openingInParis));
        Assert.Equal(CampaignPhase.NotYetOpen, campaign.PhaseAt(openingInParis - Tick));
    }

    [Fact]
    public void The_instants_are_stored_in_UTC()
    {
        var campaign = new ReenrollmentCampaign(
            1,
            2,
            new DateTimeOffset(2026, 5, 18, 12, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2026, 6, 6, 12, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2026, 6, 30, 23, 59, 0, TimeSpan.FromHours(2)));

        Assert.Equal(TimeSpan.Zero, campaign.OpensAt.Offset);
        Assert.Equal(Opens, campaign.OpensAt);
        Assert.Equal(new DateTime(2026, 6, 6, 10, 0, 0, DateTimeKind.Unspecified), campaign.ClosesAt.DateTime);
        Assert.Equal(TimeSpan.Zero, campaign.DocumentsDeadline.Offset);
    }

    [Fact]
    public void Documents_are_accepted_after_closing_until_the_deadline()
    {
        var campaign = NewCampaign();

        Assert.True(campaign.AcceptsDocumentsAt(Opens));
        Assert.True(campaign.AcceptsDocumentsAt(Closes.AddDays(1)));
        Assert.False(campaign.AcceptsRequestsAt(Closes.AddDays(1)));
        Assert.True(campaign.AcceptsDocumentsAt(Deadline - Tick));
    }

    [Fact]
    public void Documents_are_no_longer_accepted_at_the_deadline() =>
        Assert.False(NewCampaign().AcceptsDocumentsAt(Deadline));

    [Fact]
    public void Documents_are_not_accepted_before_the_opening() =>
        Assert.False(NewCampaign().AcceptsDocumentsAt(Opens - Tick));

    [Fact]
    public void The_documents_step_is_on_by_default() =>
        Assert.True(NewCampaign().DocumentsStepEnabled);

    [Fact]
    public void A_campaign_closing_when_it_opens_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReenrollmentCampaign(1, 2, Opens, Opens, Deadline));

        Assert.Equal("closesAt", error.ParamName);
        Assert.StartsWith("Une campagne doit fermer après son ouverture.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_campaign_closing_before_it_opens_is_refused() =>
        Assert.Throws<ArgumentException>(() => new ReenrollmentCampaign(1, 2, Closes, Opens, Deadline));

    [Fact]
    public void A_documents_deadline_before_the_opening_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(() => new ReenrollmentCampaign(1, 2, Opens, Closes, Opens - Tick));

        Assert.Equal("documentsDeadline", error.ParamName);
        Assert.StartsWith(
            "La date limite des documents ne peut précéder l'ouverture de la campagne.",
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Rescheduling_moves_the_phases()
    {
        var campaign = NewCampaign();

        campaign.Reschedule(Opens, Closes.AddDays(7), Deadline.AddDays(7));

        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(Closes));
        Assert.Equal(CampaignPhase.Closed, campaign.PhaseAt(Closes.AddDays(7)));
    }

    [Fact]
    public void A_refused_rescheduling_leaves_the_campaign_as_it_was()
    {
        var campaign = NewCampaign();

        Assert.Throws<ArgumentException>(() => campaign.Reschedule(Closes, Opens, Deadline));

        Assert.Equal(Opens, campaign.OpensAt);
        Assert.Equal(Closes, campaign.ClosesAt);
        Assert.Equal(Deadline, campaign.DocumentsDeadline);
    }
}
