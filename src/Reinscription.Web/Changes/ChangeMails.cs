using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Email;

namespace Reinscription.Web.Changes;

/// <summary>The e-mails of a pending change: received (to the family that proposed it), then decided.</summary>
public static class ChangeMails
{
    /// <summary>The acknowledgement of a student's identity edit: what changes, from what to what.</summary>
    public static MailMessage StudentEditReceived(StudentDetails current, StudentDetails proposed, Guardian guardian, Site site)
    {
        ArgumentNullException.ThrowIfNull(current);
        ArgumentNullException.ThrowIfNull(proposed);
        ArgumentNullException.ThrowIfNull(guardian);
        var changes = current.Fields.Zip(proposed.Fields)
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => $"- {pair.First.Label} : {Quoted(pair.First.Value)} devient {Quoted(pair.Second.Value)}")
            .ToList();
        var name = $"{current.FirstName} {current.LastName.ToUpperInvariant()}";
        var paragraphs = new List<string>
        {
            $"Nous avons bien reçu votre demande de modification de la fiche de l'élève {name}.",
            "Elle est en attente de validation par le conservatoire : la fiche sera mise à jour dès que le conservatoire l'aura validée.",
        };
        if (changes.Count == 0)
        {
            paragraphs.Add("Votre demande rétablit les informations actuellement enregistrées sur la fiche.");
        }
        else
        {
            paragraphs.Add("Modifications demandées :");
            paragraphs.AddRange(changes);
        }

        paragraphs.Add("Si vous n'êtes pas à l'origine de cette demande, prévenez le conservatoire.");
        return new MailMessage(
            guardian.Email,
            "Modification de la fiche élève enregistrée",
            $"Bonjour {guardian.FormalName},",
            paragraphs,
            site);
    }

    /// <summary>Staff's decision on a change, sent to the family's first guardian.</summary>
    public static MailMessage Decision(Family family, string subject, PendingChange change) => new(
        family.Guardian1.Email,
        change.Status == ChangeStatus.Accepted ? "Modification de fiche acceptée" : "Modification de fiche refusée",
        $"Bonjour {family.Guardian1.FormalName},",
        change.Status == ChangeStatus.Accepted
            ?
            [
                $"Le conservatoire a validé la modification de la fiche « {subject} » de la famille {family.Identifier}.",
                "Les nouvelles informations sont désormais celles de votre dossier.",
            ]
            :
            [
                $"Le conservatoire n'a pas pu valider la modification de la fiche « {subject} » de la famille {family.Identifier}.",
                $"Motif : {change.RejectionReason}",
                "Vous pouvez corriger la fiche sur l'extranet ou contacter le secrétariat.",
            ],
        family.Site!);

    private static string Quoted(string value) => value.Length == 0 ? "(vide)" : $"« {value} »";
}
