using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Email;

namespace Reinscription.Web.Seats;

/// <summary>The e-mails of seat changes, each to both guardians who have an address.</summary>
public static class SeatMails
{
    public static IReadOnlyList<MailMessage> Refused(Family family, Student student, string yearLabel, string reason) =>
        GuardianMail.ToGuardians(family, $"Demande de réinscription de {student.FirstName} non retenue",
        [
            $"Le conservatoire n'a pas retenu la demande de réinscription de {student.FullName} pour {yearLabel}.",
            $"Motif : {reason}",
            "Les places qui lui étaient réservées sont libérées. Pour toute question, contactez le secrétariat du conservatoire.",
        ]);

    public static IReadOnlyList<MailMessage> Withdrawn(Family family, Student student, string yearLabel) =>
        GuardianMail.ToGuardians(family, $"Renonciation à la réinscription de {student.FirstName} enregistrée",
        [
            $"Vous avez renoncé à la réinscription de {student.FullName} pour {yearLabel} : ses places sont libérées pour d'autres élèves.",
            "Si c'est une erreur, contactez au plus vite le secrétariat du conservatoire.",
        ]);

    public static IReadOnlyList<MailMessage> Moved(Family family, Student student, Course from, Course to) =>
        GuardianMail.ToGuardians(family, $"Changement d'horaire pour {student.FirstName}",
        [
            $"Le conservatoire a inscrit {student.FullName} en {to.SlotLabel} au lieu de {from.SlotLabel} pour l'année prochaine.",
            "Pour toute question, contactez le secrétariat du conservatoire.",
        ]);

    public static IReadOnlyList<MailMessage> Assigned(Family family, Student student, Course course) =>
        GuardianMail.ToGuardians(family, $"Cours attribué à {student.FirstName}",
        [
            $"Le conservatoire a attribué à {student.FullName} le cours {course.SlotLabel} pour l'année prochaine.",
            "Pour toute question, contactez le secrétariat du conservatoire.",
        ]);

    public static IReadOnlyList<MailMessage> Unassigned(Family family, Student student, Course course) =>
        GuardianMail.ToGuardians(family, $"Cours retiré à {student.FirstName}",
        [
            $"Le conservatoire a retiré à {student.FullName} le cours {course.SlotLabel} qui lui avait été attribué pour l'année prochaine.",
            "Pour toute question, contactez le secrétariat du conservatoire.",
        ]);

    public static IReadOnlyList<MailMessage> Offer(Family family, Student student, Course course, WaitlistEntry entry, MailLink? link)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return GuardianMail.ToGuardians(family, $"Une place se libère pour {student.FirstName} : {course.Name}",
        [
            $"Une place vient de se libérer en {course.SlotLabel}, dont {student.FullName} est sur la liste d'attente.",
            $"Elle lui est réservée jusqu'au {ParisTime.Format(entry.OfferExpiresAt!.Value)} (heure de Paris). " +
            "Pour l'accepter ou la refuser, connectez-vous à l'extranet : la proposition est sur l'onglet Réinscription de l'élève.",
            "Sans réponse avant cette date, la place sera proposée à la famille suivante sur la liste.",
        ], link);
    }

    public static IReadOnlyList<MailMessage> OfferAccepted(Family family, Student student, Course course, Course? left)
    {
        List<string> paragraphs = [$"Vous avez accepté la place proposée en {course.SlotLabel} : elle est attribuée à {student.FullName} pour l'année prochaine."];
        if (left is not null)
        {
            paragraphs.Add($"Sa place en {left.SlotLabel} est libérée.");
        }

        return GuardianMail.ToGuardians(family, $"Place obtenue pour {student.FirstName} : {course.Name}", paragraphs);
    }

    public static IReadOnlyList<MailMessage> OfferExpired(Family family, Student student, Course course) =>
        GuardianMail.ToGuardians(family, $"Proposition de place expirée pour {student.FirstName}",
        [
            $"Le délai pour répondre à la place proposée en {course.SlotLabel} pour {student.FullName} est passé.",
            "La place a été proposée à la famille suivante, et l'élève ne figure plus sur la liste d'attente de ce cours. " +
            "Pour toute question, contactez le secrétariat du conservatoire.",
        ]);
}
