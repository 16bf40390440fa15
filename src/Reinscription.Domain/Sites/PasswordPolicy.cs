namespace Reinscription.Domain.Sites;

/// <summary>
/// A site's password rule: a length range (8 to 16 by default, a site may allow up to 20)
/// and at least one upper-case letter, one lower-case letter and one digit.
/// </summary>
public sealed record PasswordPolicy
{
    public const int SmallestMinimum = 8;
    public const int LargestMaximum = 20;

    public static readonly PasswordPolicy Default = new(8, 16);

    public PasswordPolicy(int minLength, int maxLength)
    {
        if (minLength < SmallestMinimum || minLength > maxLength)
        {
            throw new ArgumentOutOfRangeException(
                nameof(minLength),
                $"La longueur minimale doit être comprise entre {SmallestMinimum} et la longueur maximale.");
        }

        if (maxLength > LargestMaximum)
        {
            throw new ArgumentOutOfRangeException(
                nameof(maxLength),
                $"La longueur maximale ne peut dépasser {LargestMaximum} caractères.");
        }

        MinLength = minLength;
        MaxLength = maxLength;
    }

    public int MinLength { get; }

    public int MaxLength { get; }

    /// <summary>The rule as written next to the password field.</summary>
    public string Description =>
        $"Le mot de passe doit avoir une longueur comprise entre {MinLength} et {MaxLength} caractères, " +
        "et doit contenir au moins une lettre majuscule, une lettre minuscule et un chiffre.";

    /// <summary>Every part of the rule that <paramref name="password"/> breaks, in French.</summary>
    public IReadOnlyList<string> Check(string? password)
    {
        password ??= "";
        var failures = new List<string>();
        if (password.Length < MinLength)
        {
            failures.Add($"Le mot de passe doit contenir au moins {MinLength} caractères.");
        }

        if (password.Length > MaxLength)
        {
            failures.Add($"Le mot de passe doit contenir au plus {MaxLength} caractères.");
        }

        if (!password.Any(char.IsUpper))
        {
            failures.Add("Le mot de passe doit contenir au moins une lettre majuscule.");
        }

        if (!password.Any(char.IsLower))
        {
            failures.Add("Le mot de passe doit contenir au moins une lettre minuscule.");
        }

        if (!password.Any(char.IsAsciiDigit))
        {
            failures.Add("Le mot de passe doit contenir au moins un chiffre.");
        }

        return failures;
    }
}
