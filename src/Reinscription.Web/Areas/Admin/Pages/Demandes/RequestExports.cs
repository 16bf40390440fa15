using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>The campaign's four CSV files, each built from one or two set-based queries.</summary>
public sealed class RequestExports(ReinscriptionDbContext db, CampaignScope campaign, DateTimeOffset now)
{
    /// <summary>
    /// The columns of the families import (branch i12b-families, <c>docs/import-exemple.csv</c>), in its
    /// order, so that next year's enrolments go back to the management system in the file it reads.
    /// </summary>
    public static readonly IReadOnlyList<string> ImportColumns =
    [
        "id_famille", "identifiant", "civilite_resp1", "nom_resp1", "prenom_resp1", "adresse", "code_postal", "ville",
        "tel_domicile", "mobile_resp1", "tel_pro_resp1", "email_resp1", "civilite_resp2", "nom_resp2", "prenom_resp2",
        "mobile_resp2", "email_resp2", "resident", "id_eleve", "civilite_eleve", "nom_eleve", "prenom_eleve",
        "date_naissance_eleve", "discipline", "cours", "jour", "professeur",
    ];

    public static readonly IReadOnlyList<string> Files = ["demandes", "places", "pieces-manquantes", "inscriptions"];

    /// <summary>The file named <paramref name="file"/> (one of <see cref="Files"/>), or null for any other name.</summary>
    public async Task<(string FileName, byte[] Content)?> BuildAsync(string file, CancellationToken cancellationToken)
    {
        var content = file switch
        {
            "demandes" => await RequestsAsync(cancellationToken),
            "places" => await SeatsAsync(cancellationToken),
            "pieces-manquantes" => await MissingDocumentsAsync(cancellationToken),
            "inscriptions" => await EnrolmentsAsync(cancellationToken),
            _ => null,
        };
        return content is null ? null : ($"{file}-{Slug(campaign.SiteName)}-{campaign.YearLabel}.csv", content);
    }

    /// <summary>One line per course line of each request (one line for a request without any), with everything the family answered.</summary>
    private async Task<byte[]> RequestsAsync(CancellationToken cancellationToken)
    {
        var requests = await db.ReenrollmentRequests.AsNoTracking()
            .Where(r => r.CampaignId == campaign.Id)
            .OrderBy(r => r.Student!.LastName).ThenBy(r => r.Student!.FirstName).ThenBy(r => r.Id)
            .Select(r => new
            {
                Request = r,
                r.Student!.Family!.Identifier,
                r.Student.LastName,
                r.Student.FirstName,
                // A course staff assigned without one this year has no current enrolment: its discipline is the assigned course's.
                Lines = r.Choices
                    .Select(c => new
                    {
                        Discipline = c.CurrentEnrollment != null ? c.CurrentEnrollment.Course!.Discipline!.Name : c.ChosenCourse!.Discipline!.Name,
                        Current = c.CurrentEnrollment != null ? c.CurrentEnrollment.Course!.Name : null,
                        c.Continues,
                        c.ChosenCourse,
                        c.WaitlistCourse,
                    })
                    .OrderBy(c => c.Discipline)
                    .ToList(),
            })
            .ToListAsync(cancellationToken);
        string[] header =
        [
            "site", "identifiant_famille", "nom_eleve", "prenom_eleve", "statut", "transmise_le", "droit_image", "autorisation_sortie",
            "discipline", "cours_actuel", "reinscrit", "cours_" + campaign.YearLabel, "liste_attente", "voeu_instrument_1", "voeu_instrument_2",
            "pratique_collective", "nouvelles_disciplines", "autre_conservatoire", "freres_et_soeurs",
        ];
        var rows = requests.SelectMany(x =>
        {
            var r = x.Request;
            string?[] Row(string? discipline, string? current, string? continues, string? next, string? waitlist) =>
            [
                campaign.SiteName, x.Identifier, x.LastName, x.FirstName, RequestLabels.Of(RequestStages.Of(r)),
                r.SubmittedAt is { } at ? ParisTime.Format(at) : null, RequestLabels.YesNo(r.ImageRights), RequestLabels.YesNo(r.MayLeaveAlone),
                discipline, current, continues, next, waitlist, r.FirstInstrumentWish, r.SecondInstrumentWish, r.CollectivePracticeWish,
                r.NewDisciplines, r.OtherConservatory, r.Siblings,
            ];
            return x.Lines.Count == 0
                ? [Row(null, null, null, null, null)]
                : x.Lines.Select(l => Row(l.Discipline, l.Current, l.Continues ? "oui" : "non",
                    !l.Continues ? null : l.ChosenCourse?.SlotLabel ?? (l.WaitlistCourse is null ? "Attribué par le conservatoire" : null),
                    l.Continues ? l.WaitlistCourse?.SlotLabel : null));
        });
        return CsvFile.Write(header, rows);
    }

    /// <summary>Next year's courses of the site with their capacity and the seats taken.</summary>
    private async Task<byte[]> SeatsAsync(CancellationToken cancellationToken)
    {
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.SiteId == campaign.SiteId && c.SchoolYearId == campaign.TargetSchoolYearId)
            .OrderBy(c => c.Discipline!.Name).ThenBy(c => c.Name).ThenBy(c => c.Id)
            .Select(c => new { Course = c, Discipline = c.Discipline!.Name })
            .ToListAsync(cancellationToken);
        string[] header =
        [
            "discipline", "cours", "jour", "debut", "fin", "professeur", "salle", "mode", "capacite", "places_prises", "places_restantes",
        ];
        return CsvFile.Write(header, courses.Select(x => (IReadOnlyList<string?>)
        [
            x.Discipline, x.Course.Name, x.Course.Day is { } day ? FrenchDays.Name(day) : null,
            x.Course.StartsAt?.ToString("HH:mm", CultureInfo.InvariantCulture), x.Course.EndsAt?.ToString("HH:mm", CultureInfo.InvariantCulture),
            x.Course.Teacher, x.Course.Room, x.Course.ChoiceMode == ChoiceMode.Assigned ? "attribué par le conservatoire" : "au choix de la famille",
            Number(x.Course.Capacity), Number(x.Course.SeatsTaken), Number(x.Course.SeatsLeft),
        ]));
    }

    /// <summary>The mandatory documents still to provide or refused, per family of the campaign (its own lines, then each student's).</summary>
    private async Task<byte[]> MissingDocumentsAsync(CancellationToken cancellationToken)
    {
        var students = RequestList.StudentsOf(db, campaign).Select(s => s.Id);
        var lines = await (
                from owed in db.OwedDocuments(campaign.SiteId, campaign.TargetSchoolYearId, now)
                where owed.IsMissing && students.Contains(owed.StudentId)
                join requirement in db.DocumentRequirements on owed.RequirementId equals requirement.Id
                join student in db.Students on owed.StudentId equals student.Id
                select new
                {
                    owed.FamilyId,
                    owed.IsFamilyLine,
                    owed.LatestState,
                    owed.RefusalReason,
                    student.Family!.Identifier,
                    student.Family.Guardian1,
                    Guardian2Email = student.Family.Guardian2 == null ? null : student.Family.Guardian2.Email,
                    StudentId = student.Id,
                    StudentName = Student.FullNameOf(student.LastName, student.FirstName),
                    Requirement = requirement.Name,
                    requirement.SortOrder,
                })
            .ToListAsync(cancellationToken);

        // A family's own lines come once for each of its students: one is enough.
        var rows = lines
            .DistinctBy(l => (l.FamilyId, l.Requirement, Owner: l.IsFamilyLine ? (int?)null : l.StudentId))
            .OrderBy(l => l.Identifier).ThenBy(l => !l.IsFamilyLine).ThenBy(l => l.StudentName).ThenBy(l => l.SortOrder)
            .Select(l => (IReadOnlyList<string?>)
            [
                l.Identifier, l.Guardian1.FormalName, l.Guardian1.Email, l.Guardian2Email, l.IsFamilyLine ? "Famille" : l.StudentName,
                l.Requirement, RequirementStatus.LabelOf(l.LatestState is { } state ? Enum.Parse<DocumentState>(state) : DocumentState.ToProvide, l.RefusalReason),
            ]);
        return CsvFile.Write(["identifiant_famille", "responsable_1", "email_resp1", "email_resp2", "pour", "piece", "etat"], rows);
    }

    /// <summary>
    /// The enrolments in next year's courses of the students whose request is validated, one line per course,
    /// in the columns of the families import: id_famille and id_eleve are the management system's ids, or for a family
    /// or student created by hand in the extranet, "extranet-" and its own id, which can match no id of that system
    /// (decision record 053).
    /// </summary>
    private async Task<byte[]> EnrolmentsAsync(CancellationToken cancellationToken)
    {
        var enrolments = await db.Enrollments.AsNoTracking()
            .Where(e => e.Course!.SiteId == campaign.SiteId && e.Course.SchoolYearId == campaign.TargetSchoolYearId
                        && db.ReenrollmentRequests.Any(r => r.CampaignId == campaign.Id && r.StudentId == e.StudentId
                                                            && r.Status == RequestStatus.Validated && r.Wish == ReenrollmentWish.Reenrol))
            .OrderBy(e => e.Student!.Family!.Identifier).ThenBy(e => e.Student!.LastName).ThenBy(e => e.Student!.FirstName)
            .ThenBy(e => e.Course!.Discipline!.Name).ThenBy(e => e.Course!.Name)
            .Select(e => new { e.Student, e.Student!.Family, e.Course, Discipline = e.Course!.Discipline!.Name })
            .ToListAsync(cancellationToken);
        return CsvFile.Write(ImportColumns, enrolments.Select(e =>
        {
            var (family, student, course) = (e.Family!, e.Student!, e.Course!);
            var (g1, g2) = (family.Guardian1, family.Guardian2);
            return (IReadOnlyList<string?>)
            [
                ExternalIdOf(family.ExternalId, family.Id), family.Identifier, g1.Civility.ToString(), g1.LastName, g1.FirstName, g1.Address, g1.PostalCode, g1.Town,
                g1.HomePhone, g1.MobilePhone, g1.WorkPhone, g1.Email, g2?.Civility.ToString(), g2?.LastName, g2?.FirstName,
                g2?.MobilePhone, g2?.Email, family.IsResident ? "oui" : "non", ExternalIdOf(student.ExternalId, student.Id), student.Civility.ToString(),
                student.LastName, student.FirstName, student.BirthDate.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture),
                e.Discipline, course.Name, course.Day is { } day ? FrenchDays.Name(day) : null, course.Teacher,
            ];
        }));
    }

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static string ExternalIdOf(string? externalId, int id) => externalId ?? "extranet-" + Number(id);

    /// <summary>"Boulogne-Billancourt" → "boulogne-billancourt", "Sèvres" → "sevres": a file name any system accepts.</summary>
    private static string Slug(string name) =>
        string.Concat(Diacritics.Remove(name).ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-'));
}
