using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Sites;

public class PasswordPolicyTests
{
    private const string TooShort = "Le mot de passe doit contenir au moins 8 caractères.";
    private const string NoUpper = "Le mot de passe doit contenir au moins une lettre majuscule.";
    private const string NoLower = "Le mot de passe doit contenir au moins une lettre minuscule.";
    private const string NoDigit = "Le mot de passe doit contenir au moins un chiffre.";

    [Fact]
    public void The_default_policy_allows_8_to_16_characters()
    {
        Assert.Equal(8, PasswordPolicy.Default.MinLength);
        Assert.Equal(16, PasswordPolicy.Default.MaxLength);
    }

    [Fact]
    public void A_valid_password_returns_no_failures() =>
        Assert.Empty(PasswordPolicy.Default.Check("Violon2026"));

    [Fact]
    public void A_seven_character_password_is_refused_with_the_length_reason()
    {
        var failures = PasswordPolicy.Default.Check("Abcde12");

        Assert.Equal([TooShort], failures);
    }

    [Fact]
    public void An_eight_character_password_is_accepted() =>
        Assert.Empty(PasswordPolicy.Default.Check("Abcdef12"));

    [Fact]
    public void A_sixteen_character_password_is_accepted_by_the_default_policy() =>
        Assert.Empty(PasswordPolicy.Default.Check("Abcdefghijklmn12"));

    [Fact]
    public void A_seventeen_character_password_is_refused_by_the_default_policy_with_the_maximum_reason()
    {
        var failures = PasswordPolicy.Default.Check("Abcdefghijklmno12");

        Assert.Equal(["Le mot de passe doit contenir au plus 16 caractères."], failures);
    }

    [Fact]
    public void A_password_without_a_digit_is_refused_with_the_digit_reason() =>
        Assert.Equal([NoDigit], PasswordPolicy.Default.Check("Abcdefgh"));

    [Fact]
    public void A_password_without_an_upper_case_letter_is_refused_with_the_upper_case_reason() =>
        Assert.Equal([NoUpper], PasswordPolicy.Default.Check("abcdef12"));

    [Fact]
    public void A_password_without_a_lower_case_letter_is_refused_with_the_lower_case_reason() =>
        Assert.Equal([NoLower], PasswordPolicy.Default.Check("ABCDEF12"));

    [Fact]
    public void A_password_breaking_several_rules_lists_every_reason_in_order() =>
        Assert.Equal([TooShort, NoUpper, NoDigit], PasswordPolicy.Default.Check("abc"));

    [Fact]
    public void A_missing_password_breaks_every_rule_but_the_maximum() =>
        Assert.Equal([TooShort, NoUpper, NoLower, NoDigit], PasswordPolicy.Default.Check(null));

    [Fact]
    public void Accented_letters_count_as_upper_and_lower_case_letters() =>
        Assert.Empty(PasswordPolicy.Default.Check("ÉÀÈÇéàè1"));

    [Fact]
    public void A_non_ascii_digit_does_not_count_as_a_digit() =>
        Assert.Equal([NoDigit], PasswordPolicy.Default.Check("Abcdefg\u0663"));

    [Fact]
    public void A_site_policy_of_8_to_20_accepts_a_twenty_character_password()
    {
        var policy = new PasswordPolicy(8, 20);

        Assert.Empty(policy.Check("Abcdefghijklmnopqr12"));
    }

    [Fact]
    public void A_site_policy_of_8_to_20_refuses_twenty_one_characters_naming_20()
    {
        var policy = new PasswordPolicy(8, 20);

        Assert.Equal(["Le mot de passe doit contenir au plus 20 caractères."], policy.Check("Abcdefghijklmnopqrs12"));
    }

    [Fact]
    public void A_site_policy_with_a_longer_minimum_names_its_own_minimum()
    {
        var policy = new PasswordPolicy(12, 20);

        Assert.Equal(["Le mot de passe doit contenir au moins 12 caractères."], policy.Check("Abcdefgh123"));
    }

    [Theory]
    [InlineData(7, 16, "minLength", "La longueur minimale doit être comprise entre 8 et la longueur maximale.")]
    [InlineData(12, 10, "minLength", "La longueur minimale doit être comprise entre 8 et la longueur maximale.")]
    [InlineData(8, 21, "maxLength", "La longueur maximale ne peut dépasser 20 caractères.")]
    public void A_length_range_outside_8_to_20_or_reversed_is_refused_naming_the_wrong_bound(
        int min, int max, string parameter, string message)
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new PasswordPolicy(min, max));

        Assert.Equal(parameter, error.ParamName);
        Assert.StartsWith(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_widest_range_8_to_20_and_a_single_length_are_allowed()
    {
        Assert.Equal(20, new PasswordPolicy(8, 20).MaxLength);
        Assert.Equal(10, new PasswordPolicy(10, 10).MinLength);
    }

    [Fact]
    public void The_description_states_the_range_and_the_character_rules()
    {
        Assert.Equal(
            "Le mot de passe doit avoir une longueur comprise entre 8 et 16 caractères, " +
            "et doit contenir au moins une lettre majuscule, une lettre minuscule et un chiffre.",
            PasswordPolicy.Default.Description);
    }

    [Fact]
    public void The_description_follows_the_site_range() =>
        Assert.StartsWith(
            "Le mot de passe doit avoir une longueur comprise entre 10 et 20 caractères, ",
            new PasswordPolicy(10, 20).Description,
            StringComparison.Ordinal);

    [Fact]
    public void Two_policies_with_the_same_range_are_equal() =>
        Assert.Equal(PasswordPolicy.Default, new PasswordPolicy(8, 16));
}
