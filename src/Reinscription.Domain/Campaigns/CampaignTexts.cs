namespace Reinscription.Domain.Campaigns;

/// <summary>
/// What the conservatory says to parents on the Réinscription tab and at the top of each step of a
/// campaign; an empty text shows nothing. The defaults are the manuals' own instructions.
/// </summary>
public sealed record CampaignTexts(
    string Tab,
    string Coordinates,
    string Authorisations,
    string Documents,
    string Courses,
    string Summary,
    string Confirmation)
{
    public const int MaxLength = 2000;

    public static readonly CampaignTexts Default = new(
        "Cliquez sur « Je souhaite réinscrire » pour réinscrire l'élève, ou sur « Je ne souhaite pas réinscrire » s'il quitte le conservatoire.",
        "Vérifiez vos coordonnées et celles de l'élève, et corrigez-les si besoin.",
        "Répondez Oui ou Non à chacune des autorisations.",
        "Préparez vos pièces au format numérique (PDF, JPEG ou PNG) avant de les importer. Aucune pièce justificative ne pourra être envoyée par e-mail.",
        "Cochez les cours à poursuivre et choisissez l'horaire proposé. Pour une inscription dans une nouvelle discipline, indiquez-le dans le cadre prévu à cet effet.",
        "Vérifiez votre demande, cochez « J'accepte » puis validez. Un accusé de réception vous sera envoyé par e-mail.",
        "La réinscription sera définitivement validée par le conservatoire après examen complet de votre dossier.");

    /// <summary>The text at the top of a wizard step (see <see cref="WizardSteps"/>).</summary>
    public string ForStep(int step) => step switch
    {
        WizardSteps.Coordinates => Coordinates,
        WizardSteps.Authorisations => Authorisations,
        WizardSteps.Documents => Documents,
        WizardSteps.Courses => Courses,
        WizardSteps.Summary => Summary,
        WizardSteps.Confirmation => Confirmation,
        _ => throw new ArgumentOutOfRangeException(nameof(step), step, "Le parcours compte six étapes."),
    };

    /// <summary>Texts trimmed, so that a text of blanks shows nothing.</summary>
    public CampaignTexts Trimmed() => new(
        Tab.Trim(), Coordinates.Trim(), Authorisations.Trim(), Documents.Trim(), Courses.Trim(), Summary.Trim(), Confirmation.Trim());
}
