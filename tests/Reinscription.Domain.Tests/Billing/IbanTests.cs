using Reinscription.Domain.Billing;

namespace Reinscription.Domain.Tests.Billing;

/// <summary>The examples of the IBAN standard (ECBS TR 201 and the SWIFT IBAN registry), and typos of them.</summary>
public class IbanTests
{
    [Theory]
    [InlineData("FR14 2004 1010 0505 0001 3M02 606")]
    [InlineData("GB29 NWBK 6016 1331 9268 19")]
    [InlineData("DE89 3704 0044 0532 0130 00")]
    [InlineData("BE68 5390 0754 7034")]
    [InlineData("IT60 X054 2811 1010 0000 0123 456")]
    [InlineData("NL91 ABNA 0417 1643 00")]
    [InlineData("ES91 2100 0418 4502 0005 1332")]
    [InlineData("CH93 0076 2011 6238 5295 7")]
    [InlineData("AT61 1904 3002 3457 3201")]
    [InlineData("LU28 0019 4006 4475 0000")]
    [InlineData("PT50 0002 0123 1234 5678 9015 4")]
    [InlineData("NO93 8601 1117 947")]
    [InlineData("MT84 MALT 0110 0001 2345 MTLC AST0 01S")]
    [InlineData("fr7630006000011234567890189")]
    public void The_standards_examples_are_valid(string text)
    {
        Assert.True(Iban.TryParse(text, out var iban, out var error), error);
        Assert.Equal(text.Replace(" ", "", StringComparison.Ordinal).ToUpperInvariant(), iban!.Value);
        Assert.Equal("", error);
    }

    [Fact]
    public void An_iban_is_kept_compact_and_shown_in_groups_of_four()
    {
        var iban = Iban.Parse("FR1420041010050500013M02606");

        Assert.Equal("FR", iban.CountryCode);
        Assert.Equal("FR14 2004 1010 0505 0001 3M02 606", iban.Formatted);
    }

    [Theory]
    [InlineData("FR14 2004 1010 0505 0001 3M02 607", "Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez qu'aucun caractère n'a été mal recopié.")]
    [InlineData("FR14 2004 1010 0505 0001 3M20 606", "Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez qu'aucun caractère n'a été mal recopié.")]
    [InlineData("GB29 NWBK 6016 1331 9268 18", "Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez qu'aucun caractère n'a été mal recopié.")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 60", "Un IBAN FR compte 27 caractères ; celui-ci en a 26.")]
    [InlineData("DE89 3704 0044 0532 0130 000", "Un IBAN DE compte 22 caractères ; celui-ci en a 23.")]
    [InlineData("ZZ14 2004 1010 0505", "« ZZ » n'est pas le code d'un pays qui utilise l'IBAN.")]
    [InlineData("1420041010050500013M02606", "Un IBAN commence par le code du pays et deux chiffres de contrôle, par exemple FR76.")]
    [InlineData("FR14 2004 1010 0505 0001 3M02 6O6!", "Un IBAN ne contient que des lettres et des chiffres (les espaces sont permis).")]
    [InlineData("  ", "Saisissez l'IBAN du compte à débiter.")]
    public void A_typo_is_refused_with_a_french_message(string text, string message)
    {
        Assert.False(Iban.TryParse(text, out var iban, out var error));
        Assert.Null(iban);
        Assert.Equal(message, error);
    }

    [Theory]
    [InlineData("FR72ZZZ123456", true)]
    [InlineData("FR72 ZZZ 123456", true)]
    [InlineData("FR73ZZZ123456", false)]
    [InlineData("FR72ZZZ123465", false)]
    [InlineData("FR72", false)]
    public void A_creditor_identifier_is_checked_without_its_business_code(string text, bool valid) =>
        Assert.Equal(valid, SepaCreditorIdentifier.IsValid(text, out _));

    [Fact]
    public void The_business_code_does_not_enter_the_check() =>
        Assert.True(SepaCreditorIdentifier.IsValid("FR72ABC123456", out _));
}
