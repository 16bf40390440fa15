using System.Net;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Web.Email;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

/// <summary>
/// The launch and reminder e-mail: the family's identifier and its link to choose a password. Written
/// once per mailing as a template whose three blanks (greeting, identifier, link) PostgreSQL fills for
/// each family in the INSERT itself, so the app neither renders nor sends 5,000 copies of the same text.
/// </summary>
public sealed class LaunchMail
{
    public const string GreetingBlank = "{{salutation}}";
    public const string IdentifierBlank = "{{identifiant}}";
    public const string LinkBlank = "{{lien}}";

    public LaunchMail(Site site, ReenrollmentCampaign campaign, LaunchMailingKind kind, DateTimeOffset now)
    {
        var year = campaign.TargetSchoolYear!.Label;
        var closes = ParisTime.Format(campaign.ClosesAt);
        var dates = campaign.PhaseAt(now) == CampaignPhase.NotYetOpen
            ? $"ouvriront le {ParisTime.Format(campaign.OpensAt)} et fermeront le {closes}"
            : $"sont ouvertes jusqu'au {closes}";
        Subject = kind == LaunchMailingKind.Launch
            ? $"Réinscriptions {year} : votre identifiant et votre mot de passe"
            : $"Rappel : réinscriptions {year}, votre identifiant et votre mot de passe";
        List<string> paragraphs =
        [
            kind == LaunchMailingKind.Launch
                ? $"Les réinscriptions au {site.ConservatoryName} pour l'année {year} {dates}."
                : $"Vous n'avez pas encore commencé les réinscriptions au {site.ConservatoryName} pour l'année {year}, qui {dates}.",
            $"Votre identifiant : {IdentifierBlank} (site « {site.Name} »).",
            $"Choisissez votre mot de passe avec le lien ci-dessous : il ne sert qu'une fois et reste valable jusqu'au {closes}. " +
            "Si vous avez déjà un mot de passe, il reste valable tant que vous n'en choisissez pas un autre.",
        ];
        if (!string.IsNullOrEmpty(site.TariffGridUrl))
        {
            paragraphs.Add($"Grille tarifaire de l'année : {site.TariffGridUrl}");
        }

        if (!string.IsNullOrEmpty(site.FormsPageUrl))
        {
            paragraphs.Add($"Formulaires à télécharger : {site.FormsPageUrl}");
        }

        var template = new MailMessage(
            "modele",
            Subject,
            $"Bonjour {GreetingBlank},",
            paragraphs,
            site,
            new MailLink("Choisir mon mot de passe", LinkBlank)).ToOutbox(now);
        HtmlTemplate = template.HtmlBody;
        TextTemplate = template.TextBody;
    }

    public string Subject { get; }

    public string HtmlTemplate { get; }

    public string TextTemplate { get; }

    /// <summary>What fills the blanks for one family, as text and as HTML.</summary>
    public static Blanks For(string greeting, string identifier, string link) =>
        new(greeting, WebUtility.HtmlEncode(greeting), identifier, WebUtility.HtmlEncode(identifier), link, WebUtility.HtmlEncode(link));

    public sealed record Blanks(string Greeting, string GreetingHtml, string Identifier, string IdentifierHtml, string Link, string LinkHtml);
}
