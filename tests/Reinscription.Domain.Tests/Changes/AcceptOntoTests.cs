using Reinscription.Domain.Changes;
using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Changes;

/// <summary>Accepting a change writes the family's proposal onto the record it was made for, and nothing else.</summary>
public class AcceptOntoTests
{
    private static readonly DateTimeOffset RequestedAt = new(2026, 5, 20, 18, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset DecidedAt = new(2026, 5, 22, 9, 30, 0, TimeSpan.Zero);

    private static Guardian Nicole() => new()
    {
        Civility = Civility.Madame, LastName = "Test", FirstName = "Nicole", Address = "1 rue Haute", PostalCode = "92190",
        Town = "Meudon", Email = "nicole@example.org",
    };

    private static Family NewFamily(Guardian? guardian2 = null) => new(0, "famille.test", Nicole()) { Guardian2 = guardian2 };

    private static PendingChange Proposing<T>(ChangeSubject subject, T current, T proposed, int? studentId = null) =>
        new(0, studentId, subject, ChangeValues.Serialize(current), ChangeValues.Serialize(proposed), RequestedAt);

    [Fact]
    public void An_accepted_guardian_change_overwrites_the_first_guardian_and_records_who_decided()
    {
        var family = NewFamily();
        var current = GuardianDetails.From(family.Guardian1);
        var change = Proposing(ChangeSubject.Guardian1, current, current with { Address = "3 rue Banès", Town = "Clamart" });

        change.AcceptOnto(family, null, 42, DecidedAt);

        Assert.Equal("3 rue Banès", family.Guardian1.Address);
        Assert.Equal("Clamart", family.Guardian1.Town);
        Assert.Equal("Nicole", family.Guardian1.FirstName);
        Assert.Equal(ChangeStatus.Accepted, change.Status);
        Assert.Equal(42, change.DecidedByStaffId);
        Assert.Equal(DecidedAt, change.DecidedAt);
    }

    [Fact]
    public void A_second_guardian_proposed_by_a_family_that_had_none_is_added()
    {
        var family = NewFamily();
        var proposed = GuardianDetails.From(Nicole()) with { Civility = Civility.Monsieur, FirstName = "Paul" };
        var change = Proposing<GuardianDetails?>(ChangeSubject.Guardian2, null, proposed);

        change.AcceptOnto(family, null, 42, DecidedAt);

        Assert.Equal("Paul", family.Guardian2?.FirstName);
        Assert.Equal(Civility.Monsieur, family.Guardian2?.Civility);
    }

    [Fact]
    public void A_change_to_the_existing_second_guardian_edits_it_in_place()
    {
        var second = new Guardian { LastName = "Test", FirstName = "Paul", Email = "paul@example.org" };
        var family = NewFamily(second);
        var current = GuardianDetails.From(second);
        var change = Proposing(ChangeSubject.Guardian2, current, current with { Email = "paul.test@example.org" });

        change.AcceptOnto(family, null, 42, DecidedAt);

        Assert.Same(second, family.Guardian2);
        Assert.Equal("paul.test@example.org", second.Email);
    }

    [Fact]
    public void An_accepted_student_change_overwrites_the_student()
    {
        var family = NewFamily();
        var student = new Student("Test", "Léo", new DateOnly(2014, 3, 2), Civility.Monsieur);
        var current = StudentDetails.From(student);
        var change = Proposing(ChangeSubject.Student, current, current with { FirstName = "Léon", ImageRights = true }, student.Id);

        change.AcceptOnto(family, student, 42, DecidedAt);

        Assert.Equal("Léon", student.FirstName);
        Assert.True(student.ImageRights);
        Assert.Equal("Nicole", family.Guardian1.FirstName);
    }

    [Fact]
    public void A_change_is_not_applied_to_another_family_nor_twice()
    {
        var family = NewFamily();
        var current = GuardianDetails.From(family.Guardian1);
        var other = new PendingChange(7, null, ChangeSubject.Guardian1, "{}", ChangeValues.Serialize(current with { Town = "Vanves" }), RequestedAt);
        var change = Proposing(ChangeSubject.Guardian1, current, current with { Town = "Clamart" });
        change.AcceptOnto(family, null, 42, DecidedAt);

        Assert.Throws<ArgumentException>(() => other.AcceptOnto(family, null, 42, DecidedAt));
        Assert.Throws<InvalidOperationException>(() => change.AcceptOnto(family, null, 43, DecidedAt));
        Assert.Equal("Clamart", family.Guardian1.Town);
        Assert.Equal(ChangeStatus.Pending, other.Status);
    }
}
