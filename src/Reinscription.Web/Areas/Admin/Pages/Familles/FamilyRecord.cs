using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Web.Areas.Admin.Pages.Modifications;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Pages.Eleves;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>Everything staff see of one family: its record, students and their courses, documents, pending changes, requests and journal.</summary>
public sealed record FamilyRecord(
    Family Family,
    string SiteName,
    bool HasPassword,
    IReadOnlyList<FamilyRecord.StudentLine> Students,
    IReadOnlyList<FamilyRecord.DocumentRow> Documents,
    IReadOnlyList<FamilyRecord.ChangeRow> Changes,
    IReadOnlyList<FamilyRecord.RequestRow> Requests,
    IReadOnlyList<AuditEntry> Journal)
{
    private const int JournalLength = 20;

    /// <summary>Null when the family is not on one of the staff member's sites.</summary>
    public static async Task<FamilyRecord?> LoadAsync(ReinscriptionDbContext db, int staffId, int id, CancellationToken cancellationToken)
    {
        var family = await db.FamiliesOfStaff(staffId).AsNoTracking()
            .Include(f => f.Site)
            .Include(f => f.Students.OrderBy(s => s.BirthDate).ThenBy(s => s.Id))
            .AsSplitQuery()
            .SingleOrDefaultAsync(f => f.Id == id, cancellationToken);
        if (family is null)
        {
            return null;
        }

        var hasPassword = family.AccountId is { } accountId
                          && await db.Users.AnyAsync(u => u.Id == accountId && u.PasswordHash != null, cancellationToken);
        var courses = (await db.Enrollments.AsNoTracking()
                .Where(e => e.Student!.FamilyId == id && e.Course!.SchoolYear!.IsCurrent)
                .Select(e => new
                {
                    e.StudentId,
                    Row = new CourseRow(
                        e.Course!.SchoolYear!, e.Course.Discipline!.Name, e.Course.Name, e.Course.Day,
                        e.Course.StartsAt, e.Course.EndsAt, e.Course.Teacher, e.Course.Room, e.Course.Cycle!.Code, e.IsActive),
                })
                .ToListAsync(cancellationToken))
            .ToLookup(c => c.StudentId, c => c.Row);
        var documents = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.FamilyId == id)
            .OrderByDescending(d => d.UploadedAt)
            .Select(d => new DocumentRow(
                d.Id, d.Requirement!.Name, d.Student == null ? null : d.Student.FirstName, d.File!.FileName, d.UploadedAt, d.State, d.RefusalReason))
            .ToListAsync(cancellationToken);
        var changes = await db.PendingChanges.AsNoTracking()
            .Where(c => c.FamilyId == id && c.Status == ChangeStatus.Pending)
            .OrderBy(c => c.RequestedAt)
            .Select(c => new ChangeRow(c.Id, c.Subject, c.Student == null ? null : c.Student.FirstName, c.RequestedAt))
            .ToListAsync(cancellationToken);
        var requests = await db.ReenrollmentRequests.AsNoTracking()
            .Where(r => r.Student!.FamilyId == id)
            .OrderByDescending(r => r.Campaign!.TargetSchoolYear!.StartYear).ThenBy(r => r.Student!.BirthDate)
            .Select(r => new RequestRow(
                r.Student!.FirstName, r.Campaign!.TargetSchoolYear!.StartYear, r.Wish, r.Status, r.CurrentStep, r.SubmittedAt))
            .ToListAsync(cancellationToken);
        var familyKey = id.ToString(CultureInfo.InvariantCulture);
        var studentKeys = family.Students.Select(s => s.Id.ToString(CultureInfo.InvariantCulture)).ToList();
        var journal = await db.AuditLog.AsNoTracking()
            .Where(e => (e.RecordType == "Famille" && e.RecordId == familyKey) || (e.RecordType == "Élève" && studentKeys.Contains(e.RecordId)))
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id)
            .Take(JournalLength)
            .ToListAsync(cancellationToken);

        return new FamilyRecord(
            family,
            family.Site!.Name,
            hasPassword,
            [.. family.Students.Select(s => new StudentLine(s, CourseRow.InWeekOrder(courses[s.Id])))],
            documents,
            changes,
            requests,
            journal);
    }

    public sealed record StudentLine(Student Student, IReadOnlyList<CourseRow> Courses);

    public sealed record DocumentRow(
        int Id,
        string Requirement,
        string? StudentName,
        string FileName,
        DateTimeOffset UploadedAt,
        DocumentState State,
        string? RefusalReason)
    {
        public string StateLabel => RequirementStatus.LabelOf(State, RefusalReason);
    }

    public sealed record ChangeRow(int Id, ChangeSubject Subject, string? StudentName, DateTimeOffset RequestedAt)
    {
        public string SubjectLabel => ChangeLabels.Of(Subject, StudentName);
    }

    public sealed record RequestRow(
        string StudentName,
        int TargetStartYear,
        ReenrollmentWish Wish,
        RequestStatus Status,
        int Step,
        DateTimeOffset? SubmittedAt)
    {
        public string Year => $"{TargetStartYear}-{TargetStartYear + 1}";

        public string WishLabel => Wish switch
        {
            ReenrollmentWish.Reenrol => "Se réinscrit",
            ReenrollmentWish.DoNotReenrol => "Ne se réinscrit pas",
            _ => "Pas encore répondu",
        };

        public string StatusLabel => Status switch
        {
            RequestStatus.Submitted => "Transmise",
            RequestStatus.Validated => "Validée",
            RequestStatus.Refused => "Refusée",
            _ => $"En cours (étape {Step} sur {ReenrollmentRequest.LastStep})",
        };
    }
}
