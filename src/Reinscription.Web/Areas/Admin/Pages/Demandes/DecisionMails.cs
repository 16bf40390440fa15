using Reinscription.Domain.Families;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// The e-mails of staff's decisions on a request (validated, refused, modified). Each goes to both
/// guardians who have an e-mail address, one mail per address, and is queued in the outbox by the
/// same SaveChanges as the decision.
/// </summary>
public static class DecisionMails
{
    /// <summary>One mail per guardian with an address, greeting each by name; a shared address gets one mail.</summary>
    public static IReadOnlyList<MailMessage> ToGuardians(Family family, string subject, IReadOnlyList<string> paragraphs)
    {
        ArgumentNullException.ThrowIfNull(family);
        var site = family.Site ?? throw new ArgumentException("The family is loaded with its site, which signs the mail.", nameof(family));
        return [.. new[] { family.Guardian1, family.Guardian2 }
            .OfType<Guardian>()
            .Where(g => !string.IsNullOrWhiteSpace(g.Email))
            .DistinctBy(g => g.Email.Trim().ToUpperInvariant())
            .Select(g => new MailMessage(g.Email.Trim(), subject, $"Bonjour {g.FormalName},", paragraphs, site))];
    }

    /// <summary>Adds the mails to the outbox of <paramref name="db"/>: sent once the decision is committed, never without it.</summary>
    public static void Queue(ReinscriptionDbContext db, IEnumerable<MailMessage> mails, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(db);
        db.Outbox.AddRange(mails.Select(m => m.ToOutbox(now)));
    }

    /// <summary>The re-enrolment is validated: next year's courses, and what was written to the student's record.</summary>
    public static IReadOnlyList<MailMessage> Validated(
        Family family,
        Student student,
        string yearLabel,
        IReadOnlyList<string> courses,
        bool recordUpdated)
    {
        ArgumentNullException.ThrowIfNull(student);
        ArgumentNullException.ThrowIfNull(courses);
        List<string> paragraphs =
        [
            $"Le conservatoire a validé la réinscription de {student.FullName} pour l'année {yearLabel}.",
            courses.Count == 0
                ? "Les cours attribués par le conservatoire vous seront communiqués prochainement."
                : $"Cours {yearLabel} : " + string.Join(" ; ", courses) + ".",
            $"Droit à l'image : {RequestLabels.YesNo(student.ImageRights)}. Autorisation de sortie : {RequestLabels.YesNo(student.MayLeaveAlone)}.",
        ];
        if (recordUpdated)
        {
            paragraphs.Add("Les coordonnées de l'élève saisies pendant la réinscription sont désormais celles de son dossier.");
        }

        paragraphs.Add("Vous retrouverez ces informations sur l'extranet, onglet Réinscription de l'élève.");
        return ToGuardians(family, $"Réinscription de {student.FirstName} validée", paragraphs);
    }
}
