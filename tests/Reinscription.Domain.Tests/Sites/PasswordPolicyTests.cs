using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Sites;

public class PasswordPolicyTests
{
    private const string TooShort = "Le mot de passe doit contenir au moins 8 caractères.";
    private const string NoUpper = "Le mot de passe doit contenir au moins une lettre majuscule.";
    private const string NoLower = "Le mot de passe doit contenir au moins une lettre minuscule.";
    private const string NoDigit = "Le mot de passe doit contenir au moins un chiffre.";
    private const string Common = "Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.";
    private const string Context = "Le mot de passe ne doit contenir ni le nom du site ou du conservatoire, ni le nom ou l'identifiant de la famille.";

    private static readonly HashSet<string> CommonList = ["motdepasse", "soleil", "123456789012", "azertyuiop"];

    private static readonly PasswordPolicy Classic = PasswordPolicy.Classic(8, 16);

    private static IReadOnlyList<string> CheckRecommended(string? password, params string[] context) =>
        PasswordPolicy.Default.Check(password, CommonList.Contains, context);

    [Fact]
    public void The_default_is_the_recommended_rule_of_12_to_128_characters_without_composition()
    {
        Assert.Equal(PasswordRule.Recommended, PasswordPolicy.Default.Rule);
        Assert.Equal(12, PasswordPolicy.Default.MinLength);
        Assert.Equal(128, PasswordPolicy.Default.MaxLength);
    }

    [Fact]
    public void V6_2_9_the_recommended_rule_accepts_a_64_character_passphrase() =>
        Assert.Empty(CheckRecommended("le violoncelle de grand-mère chante faux le mardi soir après le solfège"[..64]));

    [Fact]
    public void V6_2_5_the_recommended_rule_asks_for_no_upper_case_digit_or_symbol() =>
        Assert.Empty(CheckRecommended("trompette bleue"));

    [Fact]
    public void The_recommended_rule_refuses_eleven_characters_naming_12() =>
        Assert.Equal(["Le mot de passe doit contenir au moins 12 caractères."], CheckRecommended("Abcdefgh123"));

    [Theory]
    [InlineData("Motdepasse2026")]
    [InlineData("MOTDEPASSE")]
    [InlineData("Soleil2026!")]
    [InlineData("123456789012")]
    [InlineData("azertyuiop!!")]
    public void V6_2_4_a_common_password_is_refused_even_followed_by_digits_or_symbols(string password) =>
        Assert.Contains(Common, CheckRecommended(password));

    [Fact]
    public void A_common_word_inside_a_longer_password_is_not_a_common_password() =>
        Assert.Empty(CheckRecommended("le soleil de midi"));

    [Theory]
    [InlineData("Meudon-en-musique", "Meudon")]
    [InlineData("sevres et la musique", "Sèvres")]
    [InlineData("famille DUPONT au complet", "Dupont")]
    [InlineData("reinscription-des-enfants", "Réinscription")]
    public void V6_2_11_the_site_and_family_names_are_refused_whatever_the_case_or_accents(string password, string name) =>
        Assert.Equal([Context], CheckRecommended(password, name));

    [Fact]
    public void Words_of_fewer_than_four_letters_are_not_forbidden() =>
        Assert.Empty(CheckRecommended("le violon de Léa", "Léa"));

    [Fact]
    public void The_classic_rule_allows_8_to_16_characters_with_upper_lower_and_digit()
    {
        Assert.Empty(Classic.Check("Violon2026"));
        Assert.Empty(Classic.Check("Abcdef12"));
        Assert.Empty(Classic.Check("Abcdefghijklmn12"));
        Assert.Equal(["Le mot de passe doit contenir au plus 16 caractères."], Classic.Check("Abcdefghijklmno12"));
    }

    [Fact]
    public void A_seven_character_password_is_refused_by_the_classic_rule_with_the_length_reason() =>
        Assert.Equal([TooShort], Classic.Check("Abcde12"));

    [Fact]
    public void Each_missing_kind_of_character_is_named_by_the_classic_rule()
    {
        Assert.Equal([NoDigit], Classic.Check("Abcdefgh"));
        Assert.Equal([NoUpper], Classic.Check("abcdef12"));
        Assert.Equal([NoLower], Classic.Check("ABCDEF12"));
        Assert.Equal([TooShort, NoUpper, NoDigit], Classic.Check("abc"));
        Assert.Equal([TooShort, NoUpper, NoLower, NoDigit], Classic.Check(null));
    }

    [Fact]
    public void Accented_letters_count_as_letters_and_only_ascii_digits_as_digits()
    {
        Assert.Empty(Classic.Check("ÉÀÈÇéàè1"));
        Assert.Equal([NoDigit], Classic.Check("Abcdefg\u0663"));
    }

    [Fact]
    public void The_classic_rule_refuses_common_passwords_too() =>
        Assert.Equal([Common], Classic.Check("Motdepasse2026", CommonList.Contains, []));

    [Fact]
    public void A_classic_rule_of_8_to_20_accepts_twenty_characters_and_refuses_twenty_one()
    {
        var policy = PasswordPolicy.Classic(8, 20);

        Assert.Empty(policy.Check("Abcdefghijklmnopqr12"));
        Assert.Equal(["Le mot de passe doit contenir au plus 20 caractères."], policy.Check("Abcdefghijklmnopqrs12"));
    }

    [Theory]
    [InlineData(7, 16, "minLength", "La longueur minimale doit être comprise entre 8 et la longueur maximale.")]
    [InlineData(12, 10, "minLength", "La longueur minimale doit être comprise entre 8 et la longueur maximale.")]
    [InlineData(8, 21, "maxLength", "La longueur maximale ne peut dépasser 20 caractères.")]
    public void A_classic_range_outside_8_to_20_or_reversed_is_refused_naming_the_wrong_bound(
        int min, int max, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PasswordPolicy.Classic(min, max));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_descriptions_state_each_rule()
    {
        Assert.StartsWith(
            "Le mot de passe doit avoir au moins 12 caractères (jusqu'à 128) ; une phrase de plusieurs mots est idéale.",
            PasswordPolicy.Default.Description,
            StringComparison.Ordinal);
        Assert.StartsWith(
            "Le mot de passe doit avoir une longueur comprise entre 10 et 20 caractères, " +
            "et doit contenir au moins une lettre majuscule, une lettre minuscule et un chiffre.",
            PasswordPolicy.Classic(10, 20).Description,
            StringComparison.Ordinal);
    }

    [Fact]
    public void Two_policies_with_the_same_rule_and_range_are_equal() =>
        Assert.Equal(PasswordPolicy.Classic(8, 16), PasswordPolicy.Classic(8, 16));
}
