using Reinscription.Domain.Families;

namespace Reinscription.Domain.Tests.Families;

public class GuardianTests
{
    [Fact]
    public void The_formal_name_greets_a_mother_with_her_last_name_in_capitals()
    {
        var guardian = new Guardian { Civility = Civility.Madame, FirstName = "Nicole", LastName = "Test" };

        Assert.Equal("Madame Nicole TEST", guardian.FormalName);
    }

    [Fact]
    public void The_formal_name_greets_a_father_as_Monsieur()
    {
        var guardian = new Guardian { Civility = Civility.Monsieur, FirstName = "Jean-Marc", LastName = "de la Fontaine" };

        Assert.Equal("Monsieur Jean-Marc DE LA FONTAINE", guardian.FormalName);
    }
}
