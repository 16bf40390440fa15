using Reinscription.Web.Data;

namespace Reinscription.Web.Tests.Data;

public class SearchPatternsTests
{
    [Theory]
    [InlineData("  Lefèvre ", "%Lefèvre%")]
    [InlineData("50%", @"%50\%%")]
    [InlineData("dupont_1", @"%dupont\_1%")]
    [InlineData(@"a\b", @"%a\\b%")]
    public void What_was_typed_is_looked_for_as_typed_anywhere_in_the_text(string typed, string pattern) =>
        Assert.Equal(pattern, SearchPatterns.Containing(typed));
}
