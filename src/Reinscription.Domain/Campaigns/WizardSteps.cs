namespace Reinscription.Domain.Campaigns;

/// <summary>The wizard's steps, numbered as in the manuals, and which of them a campaign's mode shows.</summary>
public static class WizardSteps
{
    public const int Coordinates = 1;
    public const int Authorisations = 2;
    public const int Documents = 3;
    public const int Courses = 4;
    public const int Summary = 5;
    public const int Confirmation = 6;

    private static readonly int[] Complete = [Coordinates, Authorisations, Documents, Courses, Summary, Confirmation];
    private static readonly int[] Administrative = [Coordinates, Authorisations, Documents, Summary, Confirmation];

    public static IReadOnlyList<int> Of(CampaignMode mode) => mode == CampaignMode.Administrative ? Administrative : Complete;

    /// <summary>The step shown after <paramref name="step"/>; the last step is its own next.</summary>
    public static int After(CampaignMode mode, int step) =>
        Of(mode).FirstOrDefault(s => s > step) is var next and > 0 ? next : Confirmation;

    /// <summary>The step shown before <paramref name="step"/>; the first step is its own previous.</summary>
    public static int Before(CampaignMode mode, int step) =>
        Of(mode).LastOrDefault(s => s < step) is var previous and > 0 ? previous : Coordinates;
}
