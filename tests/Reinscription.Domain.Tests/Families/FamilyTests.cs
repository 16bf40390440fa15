using Reinscription.Domain.Billing;
using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Families;

public class FamilyTests
{
    private static readonly DateOnly Today = new(2026, 5, 18);

    private static Family NewFamily() =>
        new(1, "famille.test", new Guardian { Civility = Civility.Madame, FirstName = "Nicole", LastName = "Test" });

    private static Student Child(string firstName, DateOnly birthDate) =>
        new("Test", firstName, birthDate, Civility.Monsieur);

    [Fact]
    public void Two_children_under_20_must_provide_the_CAF_attestation()
    {
        var family = NewFamily();
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));
        family.AddStudent(Child("Emma", new DateOnly(2017, 9, 20)));

        Assert.True(family.MustProvideCafAttestation(Today));
    }

    [Fact]
    public void One_child_does_not_have_to_provide_the_CAF_attestation()
    {
        var family = NewFamily();
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));

        Assert.False(family.MustProvideCafAttestation(Today));
    }

    [Fact]
    public void A_family_without_students_does_not_have_to_provide_the_CAF_attestation() =>
        Assert.False(NewFamily().MustProvideCafAttestation(Today));

    [Fact]
    public void Two_children_of_whom_one_is_20_do_not_have_to_provide_the_CAF_attestation()
    {
        var family = NewFamily();
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));
        family.AddStudent(Child("Hugo", new DateOnly(2006, 5, 18)));

        Assert.False(family.MustProvideCafAttestation(Today));
    }

    [Fact]
    public void The_elder_child_still_counts_the_day_before_turning_20()
    {
        var family = NewFamily();
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));
        family.AddStudent(Child("Hugo", new DateOnly(2006, 5, 19)));

        Assert.True(family.MustProvideCafAttestation(Today));
    }

    [Fact]
    public void Three_children_of_whom_one_is_an_adult_still_count_two_under_20()
    {
        var family = NewFamily();
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));
        family.AddStudent(Child("Emma", new DateOnly(2017, 9, 20)));
        family.AddStudent(Child("Hugo", new DateOnly(2000, 1, 1)));

        Assert.True(family.MustProvideCafAttestation(Today));
    }

    [Fact]
    public void Added_students_are_listed_in_the_family() =>
        Assert.Equal(
            ["TEST Léo", "TEST Emma"],
            AddTwo(NewFamily()).Students.Select(s => s.FullName));

    [Theory]
    [InlineData("Famille.Test", "famille.test")]
    [InlineData("  DUPONT42 ", "dupont42")]
    public void The_identifier_is_stored_trimmed_and_in_lower_case(string entered, string stored)
    {
        var family = new Family(1, entered, new Guardian());

        Assert.Equal(stored, family.Identifier);
        Assert.Equal(stored, Family.NormalizeIdentifier(entered));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void A_family_needs_an_identifier(string identifier) =>
        Assert.ThrowsAny<ArgumentException>(() => new Family(1, identifier, new Guardian()));

    [Fact]
    public void A_new_family_is_neither_resident_nor_hosted_nor_paying_by_SEPA()
    {
        var family = NewFamily();

        Assert.Equal(1, family.SiteId);
        Assert.Equal("Madame Nicole TEST", family.Guardian1.FormalName);
        Assert.Null(family.Guardian2);
        Assert.False(family.IsResident);
        Assert.False(family.IsHosted);
        Assert.False(family.PaysBySepa);
    }

    private static Family AddTwo(Family family)
    {
        family.AddStudent(Child("Léo", new DateOnly(2014, 3, 2)));
        family.AddStudent(Child("Emma", new DateOnly(2017, 9, 20)));
        return family;
    }

    [Fact]
    public void A_second_guardian_is_added_once_and_never_replaced()
    {
        var family = NewFamily();
        var paul = new Guardian { FirstName = "Paul", LastName = "Test" };

        family.AddGuardian2(paul);

        Assert.Same(paul, family.Guardian2);
        Assert.Throws<InvalidOperationException>(() => family.AddGuardian2(new Guardian { FirstName = "Luc", LastName = "Test" }));
        Assert.Same(paul, family.Guardian2);
    }

    [Fact]
    public void The_management_system_id_is_kept_trimmed_and_a_blank_one_as_none()
    {
        var family = NewFamily();

        family.LinkToManagementSystem("  F-0042 ");
        Assert.Equal("F-0042", family.ExternalId);

        family.LinkToManagementSystem("   ");
        Assert.Null(family.ExternalId);
        Assert.Throws<ArgumentOutOfRangeException>(() => family.LinkToManagementSystem(new string('9', 51)));
    }

    [Fact]
    public void Choosing_sepa_records_the_mandate_and_paying_at_once_keeps_it_for_later()
    {
        var family = NewFamily();
        var iban = Iban.Parse("FR7630006000011234567890189");

        family.PayBySepa(" Nicole Test ", iban, new DateOnly(2026, 9, 15));
        var mandate = family.SepaMandate!;
        family.PayAtOnce();

        Assert.False(family.PaysBySepa);
        Assert.Same(mandate, family.SepaMandate);
        Assert.Equal(("Nicole Test", "FR7630006000011234567890189", "RUM-000000-20260915"), (mandate.AccountHolder, mandate.Iban, mandate.Reference));
    }
}
