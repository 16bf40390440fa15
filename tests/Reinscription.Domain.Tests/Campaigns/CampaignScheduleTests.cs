using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Campaigns;

/// <summary>What staff may change in a campaign, and when, as the Campagnes pages apply it.</summary>
public class CampaignScheduleTests
{
    private static readonly DateTimeOffset Opens = new(2027, 5, 18, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Closes = new(2027, 6, 6, 10, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Deadline = new(2027, 7, 14, 21, 59, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset BeforeOpening = Opens.AddDays(-3);
    private static readonly DateTimeOffset WhileOpen = Opens.AddDays(2);

    private static ReenrollmentCampaign NewCampaign(CampaignMode mode = CampaignMode.Complete) => new(1, 2, Opens, Closes, Deadline, mode);

    [Fact]
    public void A_new_campaign_is_complete_with_the_manuals_texts()
    {
        var campaign = new ReenrollmentCampaign(1, 2, Opens, Closes, Deadline);

        Assert.Equal(CampaignMode.Complete, campaign.Mode);
        Assert.Equal(CampaignTexts.Default, campaign.Texts);
        Assert.Equal(6, WizardSteps.Of(campaign.Mode).Count);
    }

    [Fact]
    public void Before_it_opens_a_campaign_may_open_later()
    {
        var campaign = NewCampaign();

        campaign.Reschedule(Opens.AddDays(1), Closes, Deadline, BeforeOpening);

        Assert.Equal(Opens.AddDays(1), campaign.OpensAt);
    }

    [Fact]
    public void An_opened_campaign_keeps_its_opening_date()
    {
        var campaign = NewCampaign();

        var error = Assert.Throws<InvalidOperationException>(() => campaign.Reschedule(Opens.AddDays(1), Closes, Deadline, WhileOpen));

        Assert.Equal("Cette campagne est déjà ouverte : sa date d'ouverture ne peut plus changer.", error.Message);
        Assert.Equal(Opens, campaign.OpensAt);
    }

    [Fact]
    public void At_its_opening_instant_a_campaign_has_opened() =>
        Assert.Throws<InvalidOperationException>(() => NewCampaign().Reschedule(Opens.AddMinutes(1), Closes, Deadline, Opens));

    [Fact]
    public void An_opened_campaign_may_close_later_and_take_documents_longer()
    {
        var campaign = NewCampaign();

        campaign.Reschedule(Opens, Closes.AddDays(7), Deadline.AddDays(7), WhileOpen);

        Assert.Equal((Closes.AddDays(7), Deadline.AddDays(7)), (campaign.ClosesAt, campaign.DocumentsDeadline));
    }

    [Fact]
    public void The_mode_may_change_until_the_campaign_opens()
    {
        var campaign = NewCampaign();

        campaign.ChangeMode(CampaignMode.Administrative, BeforeOpening);

        Assert.Equal(CampaignMode.Administrative, campaign.Mode);
        Assert.DoesNotContain(WizardSteps.Courses, WizardSteps.Of(campaign.Mode));
    }

    [Fact]
    public void An_opened_campaign_keeps_its_mode()
    {
        var campaign = NewCampaign();

        Assert.Throws<InvalidOperationException>(() => campaign.ChangeMode(CampaignMode.Administrative, WhileOpen));
        campaign.ChangeMode(CampaignMode.Complete, WhileOpen);

        Assert.Equal(CampaignMode.Complete, campaign.Mode);
    }

    [Fact]
    public void Closing_early_closes_the_wizard_now_and_keeps_the_documents_deadline()
    {
        var campaign = NewCampaign();

        campaign.CloseEarly(WhileOpen);

        Assert.Equal(WhileOpen, campaign.ClosesAt);
        Assert.Equal(CampaignPhase.Closed, campaign.PhaseAt(WhileOpen));
        Assert.True(campaign.AcceptsDocumentsAt(WhileOpen));
    }

    [Fact]
    public void Only_an_open_campaign_can_be_closed_early()
    {
        Assert.Throws<InvalidOperationException>(() => NewCampaign().CloseEarly(BeforeOpening));
        Assert.Throws<InvalidOperationException>(() => NewCampaign().CloseEarly(Closes));
    }

    [Fact]
    public void Texts_are_kept_trimmed()
    {
        var campaign = NewCampaign();

        campaign.Rewrite(CampaignTexts.Default with { Tab = "  Bienvenue.\n", Courses = "   " });

        Assert.Equal("Bienvenue.", campaign.Texts.Tab);
        Assert.Equal("", campaign.Texts.Courses);
    }

    [Fact]
    public void A_period_ending_when_the_campaign_opens_does_not_overlap_it()
    {
        var campaign = NewCampaign();

        Assert.False(campaign.Overlaps(Opens.AddDays(-10), Opens));
        Assert.False(campaign.Overlaps(Closes, Closes.AddDays(10)));
    }

    [Fact]
    public void A_period_sharing_one_minute_with_the_campaign_overlaps_it()
    {
        var campaign = NewCampaign();

        Assert.True(campaign.Overlaps(Opens.AddDays(-10), Opens.AddMinutes(1)));
        Assert.True(campaign.Overlaps(Closes.AddMinutes(-1), Closes.AddDays(10)));
        Assert.True(campaign.Overlaps(Opens.AddDays(1), Opens.AddDays(2)));
    }

    [Fact]
    public void Families_see_the_open_campaign_of_the_year()
    {
        var spring = NewCampaign();
        var summer = new ReenrollmentCampaign(1, 2, Closes.AddDays(10), Closes.AddDays(20), Deadline);

        Assert.Same(spring, ReenrollmentCampaign.ShownToFamilies([summer, spring], WhileOpen));
        Assert.Same(summer, ReenrollmentCampaign.ShownToFamilies([summer, spring], Closes.AddDays(11)));
    }

    [Fact]
    public void Between_two_campaigns_families_see_the_next_one()
    {
        var spring = NewCampaign();
        var summer = new ReenrollmentCampaign(1, 2, Closes.AddDays(10), Closes.AddDays(20), Deadline);

        Assert.Same(summer, ReenrollmentCampaign.ShownToFamilies([spring, summer], Closes.AddDays(1)));
    }

    [Fact]
    public void After_every_campaign_families_see_the_last_one_closed()
    {
        var spring = NewCampaign();
        var summer = new ReenrollmentCampaign(1, 2, Closes.AddDays(10), Closes.AddDays(20), Deadline);

        Assert.Same(summer, ReenrollmentCampaign.ShownToFamilies([summer, spring], Closes.AddDays(30)));
        Assert.Null(ReenrollmentCampaign.ShownToFamilies([], WhileOpen));
    }

    [Fact]
    public void A_campaign_typed_on_the_night_clocks_go_forward_opens_at_the_right_instant()
    {
        // Typed as 28/03/2027 03:00 Paris time, the first minute of summer time, which is 01:00 UTC.
        var opens = ParisTime.ToInstant(new DateTime(2027, 3, 28, 3, 0, 0, DateTimeKind.Unspecified));
        var closes = ParisTime.ToInstant(new DateTime(2027, 3, 28, 12, 0, 0, DateTimeKind.Unspecified));
        var campaign = new ReenrollmentCampaign(1, 2, opens, closes, closes);

        Assert.Equal(CampaignPhase.NotYetOpen, campaign.PhaseAt(new DateTimeOffset(2027, 3, 28, 0, 59, 0, TimeSpan.Zero)));
        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(new DateTimeOffset(2027, 3, 28, 1, 0, 0, TimeSpan.Zero)));
        Assert.Equal(new DateTimeOffset(2027, 3, 28, 10, 0, 0, TimeSpan.Zero), campaign.ClosesAt);
        Assert.Equal("28/03/2027 à 03:00", ParisTime.Format(campaign.OpensAt));
    }

    [Fact]
    public void A_campaign_closing_on_the_night_clocks_go_back_stays_open_one_more_hour()
    {
        var opens = ParisTime.ToInstant(new DateTime(2027, 10, 30, 12, 0, 0, DateTimeKind.Unspecified));
        var closes = ParisTime.ToInstant(new DateTime(2027, 10, 31, 12, 0, 0, DateTimeKind.Unspecified));
        var campaign = new ReenrollmentCampaign(1, 2, opens, closes, closes);

        Assert.Equal(TimeSpan.FromHours(25), campaign.ClosesAt - campaign.OpensAt);
        Assert.Equal(CampaignPhase.Open, campaign.PhaseAt(new DateTimeOffset(2027, 10, 31, 10, 59, 0, TimeSpan.Zero)));
        Assert.Equal(CampaignPhase.Closed, campaign.PhaseAt(new DateTimeOffset(2027, 10, 31, 11, 0, 0, TimeSpan.Zero)));
    }
}
