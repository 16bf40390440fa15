using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>Everything staff read on a request before deciding: what the family entered, its records, documents and history.</summary>
public sealed class RequestDetail
{
    public required ReenrollmentRequest Request { get; init; }

    public required Student Student { get; init; }

    public required Family Family { get; init; }

    public required string YearLabel { get; init; }

    public required int CampaignId { get; init; }

    public required IReadOnlyList<CourseLine> Courses { get; init; }

    /// <summary>Next year's enrolments as they stand: the slots taken at submission and any course assigned since.</summary>
    public required IReadOnlyList<string> NextYearEnrolments { get; init; }

    public required IReadOnlyList<RequirementStatus> FamilyDocuments { get; init; }

    public required IReadOnlyList<RequirementStatus> StudentDocuments { get; init; }

    public required IReadOnlyList<PendingLine> PendingChanges { get; init; }

    /// <summary>The student's own pending change, which validating the request accepts: its fields side by side.</summary>
    public required IReadOnlyList<(string Label, string Current, string Proposed)> StudentChange { get; init; }

    public required IReadOnlyList<AuditEntry> History { get; init; }

    /// <summary>The campaign's oldest other request still waiting for a decision: staff go through them one after another.</summary>
    public required int? NextToDecideId { get; init; }

    public RequestStage Stage => RequestStages.Of(Request);

    public bool CanValidate => Stage == RequestStage.Submitted;

    public bool HasMissingDocuments => FamilyDocuments.Concat(StudentDocuments).Any(d => d.IsMissing);

    /// <summary>The instrument wishes in the family's order of priority, those left blank omitted.</summary>
    public IReadOnlyList<string> InstrumentWishes =>
        [.. new[] { Request.FirstInstrumentWish, Request.SecondInstrumentWish }.OfType<string>()];

    /// <summary>The request if it belongs to a campaign of one of the staff member's sites, else null (a 404).</summary>
    public static async Task<RequestDetail?> LoadAsync(
        ReinscriptionDbContext db,
        int staffId,
        int id,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(staffId).Select(s => s.Id);
        var found = await db.ReenrollmentRequests.AsNoTracking()
            .Where(r => r.Id == id && sites.Contains(r.Campaign!.SiteId))
            .Select(r => new { Request = r, r.Choices, r.Student, r.Student!.Family, r.Campaign, r.Campaign!.TargetSchoolYear })
            .SingleOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return null;
        }

        var (request, student, family, year) = (found.Request, found.Student!, found.Family!, found.TargetSchoolYear!);
        var choices = found.Choices.Where(c => c.CurrentEnrollmentId is not null).ToDictionary(c => c.CurrentEnrollmentId!.Value);
        var current = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == student.Id && e.Course!.SchoolYear!.StartYear == year.StartYear - 1)
            .Select(e => new { e.Id, e.IsActive, Discipline = e.Course!.Discipline!.Name, e.Course.Name })
            .OrderBy(e => e.Discipline)
            .ToListAsync(cancellationToken);
        var chosenIds = found.Choices.SelectMany(c => new[] { c.ChosenCourseId, c.WaitlistCourseId }).OfType<int>().ToList();
        var chosen = await db.Courses.AsNoTracking().Where(c => chosenIds.Contains(c.Id)).ToDictionaryAsync(c => c.Id, cancellationToken);
        var next = await db.Enrollments.AsNoTracking()
            .Where(e => e.StudentId == student.Id && e.Course!.SchoolYearId == year.Id)
            .Select(e => new { Discipline = e.Course!.Discipline!.Name, e.Course })
            .ToListAsync(cancellationToken);
        var documents = await db.RequirementStatusesAsync(family, year.Id, [null, student.Id], now, cancellationToken);
        var pending = await db.PendingChanges.AsNoTracking()
            .Where(c => c.FamilyId == family.Id && c.Status == ChangeStatus.Pending && (c.StudentId == null || c.StudentId == student.Id))
            .OrderBy(c => c.Subject)
            .ToListAsync(cancellationToken);
        var studentChange = pending.SingleOrDefault(c => c.Subject == ChangeSubject.Student);
        var recordId = id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return new RequestDetail
        {
            Request = request,
            Student = student,
            Family = family,
            YearLabel = year.Label,
            CampaignId = found.Campaign!.Id,
            Courses = [.. current.Select(e => choices.TryGetValue(e.Id, out var choice)
                ? new CourseLine(e.Discipline, e.Name, choice.Continues,
                    choice.ChosenCourseId is { } courseId && chosen.TryGetValue(courseId, out var slot) ? slot.SlotLabel : null,
                    choice.WaitlistCourseId is { } waitId && chosen.TryGetValue(waitId, out var waited) ? waited.SlotLabel : null)
                : new CourseLine(e.Discipline, e.Name, null, null, null))],
            NextYearEnrolments = [.. next.OrderBy(e => e.Discipline).Select(e => $"{e.Discipline} : {e.Course!.SlotLabel}")],
            FamilyDocuments = documents[0],
            StudentDocuments = documents[1],
            PendingChanges = [.. pending.Select(c => new PendingLine(c.Id, SubjectLabel(c.Subject, student), c.RequestedAt))],
            StudentChange = studentChange is null
                ? []
                : [.. StudentDetails.From(student).Fields.Zip(studentChange.Proposed<StudentDetails>().Fields)
                    .Where(pair => pair.First.Value != pair.Second.Value)
                    .Select(pair => (pair.First.Label, pair.First.Value, pair.Second.Value))],
            History = await db.AuditLog.AsNoTracking()
                .Where(a => a.RecordType == RequestValidation.RecordType && a.RecordId == recordId)
                .OrderByDescending(a => a.At).ThenByDescending(a => a.Id)
                .ToListAsync(cancellationToken),
            NextToDecideId = await db.ReenrollmentRequests.AsNoTracking().AwaitingDecision()
                .Where(r => r.CampaignId == found.Campaign.Id && r.Id != id)
                .OrderBy(r => r.SubmittedAt).ThenBy(r => r.Id)
                .Select(r => (int?)r.Id)
                .FirstOrDefaultAsync(cancellationToken),
        };
    }

    private static string SubjectLabel(ChangeSubject subject, Student student) => subject switch
    {
        ChangeSubject.Guardian1 => "Responsable légal 1",
        ChangeSubject.Guardian2 => "Responsable légal 2",
        _ => $"Élève {student.FirstName}",
    };

    /// <param name="Continues">Null while the family has not reached the courses step.</param>
    /// <param name="ChosenSlot">The slot chosen for next year; null for a course the conservatory assigns.</param>
    /// <param name="WaitlistSlot">A full slot the family waits for, instead of or besides the chosen one.</param>
    public sealed record CourseLine(string Discipline, string Course, bool? Continues, string? ChosenSlot, string? WaitlistSlot)
    {
        public string NextYear => Continues switch
        {
            null => "Pas encore choisi",
            false => "Non réinscrit",
            true when WaitlistSlot is { } waited => $"{ChosenSlot ?? "Aucun horaire"} ; liste d'attente : {waited}",
            true => ChosenSlot ?? "Attribué par le conservatoire",
        };
    }

    public sealed record PendingLine(int Id, string Subject, DateTimeOffset RequestedAt);
}
