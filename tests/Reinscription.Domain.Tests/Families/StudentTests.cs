using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Families;

public class StudentTests
{
    private static Student BornOn(DateOnly birthDate) => new("Martin", "Léa", birthDate, Civility.Madame);

    [Theory]
    [InlineData(2026, 5, 17, 11)]
    [InlineData(2026, 5, 18, 12)]
    [InlineData(2026, 5, 19, 12)]
    [InlineData(2014, 5, 18, 0)]
    public void The_age_goes_up_on_the_birthday(int year, int month, int day, int age) =>
        Assert.Equal(age, BornOn(new DateOnly(2014, 5, 18)).AgeOn(new DateOnly(year, month, day)));

    [Fact]
    public void A_student_born_on_29_February_is_a_year_older_from_28_February_in_a_common_year()
    {
        var student = BornOn(new DateOnly(2008, 2, 29));

        Assert.Equal(17, student.AgeOn(new DateOnly(2026, 2, 27)));
        Assert.Equal(18, student.AgeOn(new DateOnly(2026, 2, 28)));
        Assert.Equal(20, student.AgeOn(new DateOnly(2028, 2, 29)));
    }

    [Theory]
    [InlineData(2026, 5, 17, false)]
    [InlineData(2026, 5, 18, true)]
    public void A_student_is_of_age_from_their_eighteenth_birthday(int year, int month, int day, bool isAdult) =>
        Assert.Equal(isAdult, Student.IsAdult(new DateOnly(2008, 5, 18), new DateOnly(year, month, day)));

    [Theory]
    [InlineData(2026, 2, 27, false)]
    [InlineData(2026, 2, 28, true)]
    public void A_student_born_on_29_February_is_of_age_from_28_February(int year, int month, int day, bool isAdult) =>
        Assert.Equal(isAdult, Student.IsAdult(new DateOnly(2008, 2, 29), new DateOnly(year, month, day)));

    [Fact]
    public void The_full_name_puts_the_last_name_in_capitals_first() =>
        Assert.Equal("MARTIN Léa", BornOn(new DateOnly(2014, 5, 18)).FullName);

    [Fact]
    public void A_new_student_uses_the_guardian_contact_and_has_not_answered_the_authorisations()
    {
        var student = BornOn(new DateOnly(2014, 5, 18));

        Assert.Equal(Civility.Madame, student.Civility);
        Assert.True(student.UsesGuardianContact);
        Assert.Null(student.ImageRights);
        Assert.Null(student.MayLeaveAlone);
    }

    [Theory]
    [InlineData("", "Léa")]
    [InlineData("Martin", " ")]
    public void A_student_needs_a_last_and_a_first_name(string lastName, string firstName) =>
        Assert.ThrowsAny<ArgumentException>(() => new Student(lastName, firstName, new DateOnly(2014, 5, 18), Civility.Madame));
}
