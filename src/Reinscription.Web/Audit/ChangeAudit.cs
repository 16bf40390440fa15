using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;
using Reinscription.Web.Changes;
using Reinscription.Web.Data;

namespace Reinscription.Web.Audit;

/// <summary>
/// Audit lines of identity changes: the family's proposal and the staff decision are both written
/// against the record they would change (the family for a guardian, else the student), so a search
/// for that record shows the whole story.
/// </summary>
public static class ChangeAudit
{
    public static (string Type, int Id) RecordOf(ChangeSubject subject, int familyId, int? studentId) =>
        subject == ChangeSubject.Student ? ("Élève", studentId!.Value) : ("Famille", familyId);

    public static string Label(ChangeSubject subject) => subject switch
    {
        ChangeSubject.Guardian1 => "responsable légal 1",
        ChangeSubject.Guardian2 => "responsable légal 2",
        _ => "élève",
    };

    /// <summary>What accepting <paramref name="change"/> does to the record, before → after.</summary>
    public static IReadOnlyList<AuditChange> Applied(PendingChange change, Family family, Student? student) => change.Subject switch
    {
        ChangeSubject.Student => AuditLog.Diff(
            StudentDetails.From(student!).Fields,
            change.Proposed<StudentDetails>().Fields),
        _ => Guardian(
            change.Subject == ChangeSubject.Guardian1 ? family.Guardian1 : family.Guardian2,
            change.Proposed<GuardianDetails>()),
    };

    /// <summary>The family's proposal: a line against the record, its fields before → proposed.</summary>
    public static async Task AuditProposalAsync<T>(
        this ReinscriptionDbContext db,
        int familyId,
        int? studentId,
        ChangeSubject subject,
        T? current,
        T proposed,
        DateTimeOffset now,
        CancellationToken cancellationToken)
        where T : class
    {
        var family = await db.Families.AsNoTracking().Where(f => f.Id == familyId)
            .Select(f => new { f.SiteId, f.Identifier }).SingleAsync(cancellationToken);
        var (type, id) = RecordOf(subject, familyId, studentId);
        db.Audit(
            AuditActor.Family(familyId, family.SiteId, family.Identifier),
            now,
            family.SiteId,
            "change.proposed",
            type,
            id,
            $"Modification de la fiche {Label(subject)} proposée par la famille {family.Identifier}, en attente de validation.",
            AuditLog.Diff(current is null ? Blank(FieldsOf(proposed)) : FieldsOf(current), FieldsOf(proposed)));
    }

    private static IReadOnlyList<AuditChange> Guardian(Guardian? current, GuardianDetails proposed) =>
        AuditLog.Diff(current is null ? Blank(proposed.Fields) : GuardianDetails.From(current).Fields, proposed.Fields);

    private static IReadOnlyList<(string Label, string Value)> FieldsOf(object details) => details switch
    {
        GuardianDetails guardian => guardian.Fields,
        StudentDetails student => student.Fields,
        _ => throw new ArgumentException($"No fields known for {details.GetType().Name}.", nameof(details)),
    };

    private static IReadOnlyList<(string Label, string Value)> Blank(IReadOnlyList<(string Label, string Value)> fields) =>
        [.. fields.Select(f => (f.Label, ""))];
}
