using Reinscription.Domain.Families;

namespace Reinscription.Domain.Changes;

/// <summary>
/// An identity edit waiting for staff ("Fiche en attente de validation"). The record itself is
/// left as it was until staff accept; values are kept as JSON of the edited fields.
/// </summary>
public class PendingChange
{
    private PendingChange()
    {
    }

    public PendingChange(
        int familyId,
        int? studentId,
        ChangeSubject subject,
        string previousValuesJson,
        string proposedValuesJson,
        DateTimeOffset requestedAt)
    {
        if ((subject == ChangeSubject.Student) != studentId.HasValue)
        {
            throw new ArgumentException("A student change names its student, and only it does.", nameof(studentId));
        }

        FamilyId = familyId;
        StudentId = studentId;
        Subject = subject;
        PreviousValuesJson = previousValuesJson;
        ProposedValuesJson = proposedValuesJson;
        RequestedAt = requestedAt;
    }

    public int Id { get; private set; }

    public int FamilyId { get; private set; }

    public Family? Family { get; private set; }

    public int? StudentId { get; private set; }

    public Student? Student { get; private set; }

    public ChangeSubject Subject { get; private set; }

    public string PreviousValuesJson { get; private set; } = "{}";

    public string ProposedValuesJson { get; private set; } = "{}";

    public DateTimeOffset RequestedAt { get; private set; }

    public ChangeStatus Status { get; private set; } = ChangeStatus.Pending;

    public DateTimeOffset? DecidedAt { get; private set; }

    public int? DecidedByStaffId { get; private set; }

    public string? RejectionReason { get; private set; }

    /// <summary>A family editing again before staff decided replaces its proposal.</summary>
    public void Revise(string proposedValuesJson, DateTimeOffset now)
    {
        EnsurePending();
        ProposedValuesJson = proposedValuesJson;
        RequestedAt = now;
    }

    /// <summary>The proposal, read back as the details record it was made from.</summary>
    public T Proposed<T>() => ChangeValues.Deserialize<T>(ProposedValuesJson);

    /// <summary>
    /// Accepting writes the proposal onto the record it was made for (a guardian of <paramref name="family"/>,
    /// or <paramref name="student"/>), a second guardian being added if the family had none.
    /// </summary>
    public void AcceptOnto(Family family, Student? student, int staffId, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(family);
        if (family.Id != FamilyId || student?.Id != StudentId)
        {
            throw new ArgumentException("A change is applied to the family and the student it was made for.", nameof(family));
        }

        EnsurePending();
        switch (Subject)
        {
            case ChangeSubject.Guardian1:
                Proposed<GuardianDetails>().ApplyTo(family.Guardian1);
                break;
            case ChangeSubject.Guardian2 when family.Guardian2 is { } guardian2:
                Proposed<GuardianDetails>().ApplyTo(guardian2);
                break;
            case ChangeSubject.Guardian2:
                family.AddGuardian2(Proposed<GuardianDetails>().ToGuardian());
                break;
            case ChangeSubject.Student:
                Proposed<StudentDetails>().ApplyTo(student!);
                break;
        }

        Accept(staffId, now);
    }

    public void Accept(int staffId, DateTimeOffset now)
    {
        EnsurePending();
        Status = ChangeStatus.Accepted;
        DecidedByStaffId = staffId;
        DecidedAt = now;
    }

    public void Reject(int staffId, string reason, DateTimeOffset now)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        EnsurePending();
        Status = ChangeStatus.Rejected;
        RejectionReason = reason;
        DecidedByStaffId = staffId;
        DecidedAt = now;
    }

    private void EnsurePending()
    {
        if (Status != ChangeStatus.Pending)
        {
            throw new InvalidOperationException("Cette modification a déjà été traitée.");
        }
    }
}
