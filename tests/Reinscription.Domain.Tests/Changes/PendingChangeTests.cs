using Reinscription.Domain.Changes;

namespace Reinscription.Domain.Tests.Changes;

public class PendingChangeTests
{
    private const string AlreadyHandled = "Cette modification a déjà été traitée.";
    private const string Previous = """{"MobilePhone":"0601020304"}""";
    private const string Proposed = """{"MobilePhone":"0611223344"}""";
    private static readonly DateTimeOffset RequestedAt = new(2026, 5, 20, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DecidedAt = new(2026, 5, 22, 9, 30, 0, TimeSpan.Zero);

    private static PendingChange GuardianChange() =>
        new(1, null, ChangeSubject.Guardian1, Previous, Proposed, RequestedAt);

    [Fact]
    public void A_new_change_waits_for_staff()
    {
        var change = GuardianChange();

        Assert.Equal(ChangeStatus.Pending, change.Status);
        Assert.Equal(Previous, change.PreviousValuesJson);
        Assert.Equal(Proposed, change.ProposedValuesJson);
        Assert.Equal(RequestedAt, change.RequestedAt);
        Assert.Null(change.DecidedAt);
        Assert.Null(change.DecidedByStaffId);
    }

    [Fact]
    public void A_student_change_names_its_student()
    {
        var change = new PendingChange(1, 7, ChangeSubject.Student, "{}", """{"Email":"lea@example.org"}""", RequestedAt);

        Assert.Equal(7, change.StudentId);
        Assert.Equal(ChangeSubject.Student, change.Subject);
    }

    [Fact]
    public void A_student_change_without_its_student_is_refused()
    {
        var error = Assert.Throws<ArgumentException>(
            () => new PendingChange(1, null, ChangeSubject.Student, "{}", "{}", RequestedAt));

        Assert.Equal("studentId", error.ParamName);
    }

    [Theory]
    [InlineData(ChangeSubject.Guardian1)]
    [InlineData(ChangeSubject.Guardian2)]
    public void A_guardian_change_naming_a_student_is_refused(ChangeSubject subject) =>
        Assert.Throws<ArgumentException>(() => new PendingChange(1, 7, subject, "{}", "{}", RequestedAt));

    [Fact]
    public void Revising_replaces_the_proposal_and_its_date()
    {
        var change = GuardianChange();
        var later = RequestedAt.AddHours(2);

        change.Revise("""{"MobilePhone":"0699887766"}""", later);

        Assert.Equal("""{"MobilePhone":"0699887766"}""", change.ProposedValuesJson);
        Assert.Equal(Previous, change.PreviousValuesJson);
        Assert.Equal(later, change.RequestedAt);
        Assert.Equal(ChangeStatus.Pending, change.Status);
    }

    [Fact]
    public void Accepting_records_who_and_when()
    {
        var change = GuardianChange();

        change.Accept(42, DecidedAt);

        Assert.Equal(ChangeStatus.Accepted, change.Status);
        Assert.Equal(42, change.DecidedByStaffId);
        Assert.Equal(DecidedAt, change.DecidedAt);
        Assert.Null(change.RejectionReason);
    }

    [Fact]
    public void Rejecting_records_the_reason_who_and_when()
    {
        var change = GuardianChange();

        change.Reject(42, "Numéro invalide", DecidedAt);

        Assert.Equal(ChangeStatus.Rejected, change.Status);
        Assert.Equal("Numéro invalide", change.RejectionReason);
        Assert.Equal(42, change.DecidedByStaffId);
        Assert.Equal(DecidedAt, change.DecidedAt);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_rejection_needs_a_reason(string reason)
    {
        var change = GuardianChange();

        Assert.ThrowsAny<ArgumentException>(() => change.Reject(42, reason, DecidedAt));
        Assert.Equal(ChangeStatus.Pending, change.Status);
    }

    [Fact]
    public void An_accepted_change_can_be_neither_revised_nor_decided_again()
    {
        var change = GuardianChange();
        change.Accept(42, DecidedAt);

        Assert.Equal(AlreadyHandled, Assert.Throws<InvalidOperationException>(() => change.Revise("{}", DecidedAt)).Message);
        Assert.Equal(AlreadyHandled, Assert.Throws<InvalidOperationException>(() => change.Accept(43, DecidedAt)).Message);
        Assert.Equal(AlreadyHandled, Assert.Throws<InvalidOperationException>(() => change.Reject(43, "Non", DecidedAt)).Message);
        Assert.Equal(ChangeStatus.Accepted, change.Status);
        Assert.Equal(Proposed, change.ProposedValuesJson);
        Assert.Equal(42, change.DecidedByStaffId);
    }

    [Fact]
    public void A_rejected_change_can_be_neither_revised_nor_accepted()
    {
        var change = GuardianChange();
        change.Reject(42, "Numéro invalide", DecidedAt);

        Assert.Equal(AlreadyHandled, Assert.Throws<InvalidOperationException>(() => change.Revise("{}", DecidedAt)).Message);
        Assert.Equal(AlreadyHandled, Assert.Throws<InvalidOperationException>(() => change.Accept(43, DecidedAt)).Message);
        Assert.Equal(ChangeStatus.Rejected, change.Status);
        Assert.Equal("Numéro invalide", change.RejectionReason);
    }
}
