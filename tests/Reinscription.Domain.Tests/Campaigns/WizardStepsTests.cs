using Reinscription.Domain.Campaigns;

namespace Reinscription.Domain.Tests.Campaigns;

public class WizardStepsTests
{
    [Fact]
    public void A_complete_campaign_has_the_six_steps() =>
        Assert.Equal([1, 2, 3, 4, 5, 6], WizardSteps.Of(CampaignMode.Complete));

    [Fact]
    public void An_administrative_campaign_has_no_course_step()
    {
        Assert.Equal([1, 2, 3, 5, 6], WizardSteps.Of(CampaignMode.Administrative));
        Assert.DoesNotContain(WizardSteps.Courses, WizardSteps.Of(CampaignMode.Administrative));
    }

    [Fact]
    public void After_the_documents_an_administrative_campaign_goes_to_the_summary()
    {
        Assert.Equal(WizardSteps.Summary, WizardSteps.After(CampaignMode.Administrative, WizardSteps.Documents));
        Assert.Equal(WizardSteps.Courses, WizardSteps.After(CampaignMode.Complete, WizardSteps.Documents));
    }

    [Fact]
    public void Back_from_the_summary_an_administrative_campaign_returns_to_the_documents()
    {
        Assert.Equal(WizardSteps.Documents, WizardSteps.Before(CampaignMode.Administrative, WizardSteps.Summary));
        Assert.Equal(WizardSteps.Courses, WizardSteps.Before(CampaignMode.Complete, WizardSteps.Summary));
    }

    [Fact]
    public void The_first_and_last_steps_have_nowhere_further_to_go()
    {
        Assert.Equal(WizardSteps.Coordinates, WizardSteps.Before(CampaignMode.Complete, WizardSteps.Coordinates));
        Assert.Equal(WizardSteps.Confirmation, WizardSteps.After(CampaignMode.Administrative, WizardSteps.Confirmation));
    }

    [Fact]
    public void Each_step_has_its_own_text()
    {
        var texts = CampaignTexts.Default with { Documents = "Déposez vos pièces.", Courses = "Choisissez vos horaires." };

        Assert.Equal("Déposez vos pièces.", texts.ForStep(WizardSteps.Documents));
        Assert.Equal("Choisissez vos horaires.", texts.ForStep(WizardSteps.Courses));
        Assert.Throws<ArgumentOutOfRangeException>(() => texts.ForStep(7));
    }
}
