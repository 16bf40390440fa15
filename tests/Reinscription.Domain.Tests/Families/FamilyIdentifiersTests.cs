using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Families;

public class FamilyIdentifiersTests
{
    [Theory]
    [InlineData("Dupont", "dupont")]
    [InlineData("Le Guen-Brière", "leguenbriere")]
    [InlineData("  N'Diaye ", "ndiaye")]
    [InlineData("Lœwy", "loewy")]
    [InlineData("— —", "famille")]
    public void The_stem_is_the_name_in_lower_case_letters_without_accents(string lastName, string stem) =>
        Assert.Equal(stem, FamilyIdentifiers.StemOf(lastName));

    [Fact]
    public void A_long_name_leaves_room_for_the_number_within_50_characters()
    {
        var stem = FamilyIdentifiers.StemOf(new string('a', 80));

        Assert.Equal(40, stem.Length);
        Assert.True(FamilyIdentifiers.Candidate(stem, 99999).Length <= 50);
    }

    [Fact]
    public void The_first_number_not_taken_wins()
    {
        var taken = new HashSet<string> { "dupont1", "dupont2", "dupont4" };

        Assert.Equal("dupont3", FamilyIdentifiers.FirstFree("dupont", taken.Contains));
        Assert.Equal("martin1", FamilyIdentifiers.FirstFree("martin", taken.Contains));
    }

    [Theory]
    [InlineData("dupont12", 12)]
    [InlineData("dupontel1", null)]
    [InlineData("dupont", null)]
    [InlineData("dupont0", null)]
    [InlineData("martin1", null)]
    public void The_number_is_read_only_after_the_exact_stem(string identifier, int? number) =>
        Assert.Equal(number, FamilyIdentifiers.NumberOf("dupont", identifier));
}
