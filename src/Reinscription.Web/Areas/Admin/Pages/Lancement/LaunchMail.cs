using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Email;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Areas.Admin.Pages.Lancement;

/// <summary>The launch and reminder e-mails: the family's identifier and its link to choose a password.</summary>
public sealed class LaunchMail(Site site, ReenrollmentCampaign campaign, LaunchMailingKind kind, DateTimeOffset now)
{
    private readonly string _year = campaign.TargetSchoolYear!.Label;

    public string Subject => kind == LaunchMailingKind.Launch
        ? $"Réinscriptions {_year} : votre identifiant et votre mot de passe"
        : $"Rappel : réinscriptions {_year}, votre identifiant et votre mot de passe";

    public MailMessage For(string email, Guardian guardian, string identifier, string link)
    {
        var closes = ParisTime.Format(campaign.ClosesAt);
        var dates = campaign.PhaseAt(now) == CampaignPhase.NotYetOpen
            ? $"ouvriront le {ParisTime.Format(campaign.OpensAt)} et fermeront le {closes}"
            : $"sont ouvertes jusqu'au {closes}";
        List<string> paragraphs =
        [
            kind == LaunchMailingKind.Launch
                ? $"Les réinscriptions au {site.ConservatoryName} pour l'année {_year} {dates}."
                : $"Vous n'avez pas encore commencé les réinscriptions au {site.ConservatoryName} pour l'année {_year}, qui {dates}.",
            $"Votre identifiant : {identifier} (site « {site.Name} »).",
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

        return new MailMessage(
            email,
            Subject,
            $"Bonjour {guardian.FormalName},",
            paragraphs,
            site,
            new MailLink("Choisir mon mot de passe", link));
    }
}
