using System.Globalization;
using System.Text;

namespace Reinscription.Domain.Sites;

/// <summary>
/// A site's password rule. The recommended one (the default) asks for at least 12 characters, allows
/// up to 128 and sets no composition rule; the classic one of the manuals asks for 8 to 16 characters
/// (a site may allow up to 20) with an upper-case letter, a lower-case letter and a digit. Both refuse
/// common passwords and the names of the site and of the family (ASVS 6.2.4, 6.2.11).
/// </summary>
public sealed record PasswordPolicy
{
    public const int SmallestMinimum = 8;
    public const int LargestMaximum = 20;
    public const int RecommendedMinLength = 12;
    public const int RecommendedMaxLength = 128;

    /// <summary>Context words shorter than this are too common inside passwords to refuse.</summary>
    private const int ShortestForbiddenWord = 4;

    public static readonly PasswordPolicy Recommended = new(PasswordRule.Recommended, RecommendedMinLength, RecommendedMaxLength);

    public static readonly PasswordPolicy Default = Recommended;

    private PasswordPolicy(PasswordRule rule, int minLength, int maxLength)
    {
        if (rule == PasswordRule.Classic)
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
        }
        else if (minLength != RecommendedMinLength || maxLength != RecommendedMaxLength)
        {
            throw new ArgumentOutOfRangeException(nameof(minLength), "The recommended rule has fixed lengths.");
        }

        Rule = rule;
        MinLength = minLength;
        MaxLength = maxLength;
    }

    /// <summary>The rule of the manuals, between <paramref name="minLength"/> and <paramref name="maxLength"/> characters.</summary>
    public static PasswordPolicy Classic(int minLength, int maxLength) => new(PasswordRule.Classic, minLength, maxLength);

    public PasswordRule Rule { get; }

    public int MinLength { get; }

    public int MaxLength { get; }

    /// <summary>The rule as written next to the password field.</summary>
    public string Description => Rule == PasswordRule.Classic
        ? $"Le mot de passe doit avoir une longueur comprise entre {MinLength} et {MaxLength} caractères, " +
          "et doit contenir au moins une lettre majuscule, une lettre minuscule et un chiffre. " +
          "Les mots de passe courants et le nom du site ou de la famille sont refusés."
        : $"Le mot de passe doit avoir au moins {MinLength} caractères (jusqu'à {MaxLength}) ; " +
          "une phrase de plusieurs mots est idéale. Les mots de passe courants et le nom du site ou de la famille sont refusés.";

    /// <summary>Every part of the rule that <paramref name="password"/> breaks, in French, without the blocklists.</summary>
    public IReadOnlyList<string> Check(string? password) => Check(password, _ => false, []);

    /// <summary>
    /// Every part of the rule that <paramref name="password"/> breaks, in French.
    /// <paramref name="isCommon"/> says whether a lower-case word is a common password;
    /// <paramref name="contextWords"/> are the site's and the family's names, which may not appear in it.
    /// </summary>
    public IReadOnlyList<string> Check(string? password, Func<string, bool> isCommon, IEnumerable<string> contextWords)
    {
        ArgumentNullException.ThrowIfNull(isCommon);
        ArgumentNullException.ThrowIfNull(contextWords);
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

        if (Rule == PasswordRule.Classic)
        {
            AddCompositionFailures(password, failures);
        }

        if (IsCommonPassword(password, isCommon))
        {
            failures.Add("Ce mot de passe fait partie des mots de passe les plus courants : choisissez-en un autre.");
        }

        var folded = Fold(password);
        var forbidden = contextWords
            .SelectMany(words => words.Split([' ', '-', '\'', '’', '.', '_'], StringSplitOptions.RemoveEmptyEntries))
            .Select(Fold)
            .Where(word => word.Length >= ShortestForbiddenWord)
            .FirstOrDefault(word => folded.Contains(word, StringComparison.Ordinal));
        if (forbidden is not null)
        {
            failures.Add("Le mot de passe ne doit contenir ni le nom du site ou du conservatoire, ni le nom ou l'identifiant de la famille.");
        }

        return failures;
    }

    /// <summary>
    /// A common password as it is, or followed by digits and symbols ("Motdepasse2026", "soleil!"):
    /// the usual way of stretching a common word to a length rule.
    /// </summary>
    public static bool IsCommonPassword(string password, Func<string, bool> isCommon)
    {
        ArgumentNullException.ThrowIfNull(password);
        ArgumentNullException.ThrowIfNull(isCommon);
        var folded = Fold(password);
        if (folded.Length == 0)
        {
            return false;
        }

        var stem = folded.TrimEnd("0123456789!?.,;:*_-#@$%&+=/ ".ToCharArray());
        return isCommon(folded) || (stem.Length > 0 && isCommon(stem));
    }

    /// <summary>Lower case, accents removed: "Sèvres" and "SEVRES" are the same word.</summary>
    private static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append(char.ToLowerInvariant(c));
            }
        }

        return builder.ToString();
    }

    private static void AddCompositionFailures(string password, List<string> failures)
    {
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
    }
}
