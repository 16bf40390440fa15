namespace Reinscription.Domain.Billing;

/// <summary>
/// The creditor's SEPA identifier (in France the ICS, e.g. "FR72ZZZ123456"): country, two check
/// digits, a three-character business code that the check leaves out, then the national identifier.
/// </summary>
public static class SepaCreditorIdentifier
{
    public static bool IsValid(string? text, out string normalized)
    {
        normalized = new string((text ?? "").Where(c => !char.IsWhiteSpace(c)).ToArray()).ToUpperInvariant();
        var value = normalized;
        return value.Length is >= 8 and <= 35
               && value.All(char.IsAsciiLetterOrDigit)
               && char.IsAsciiLetter(value[0]) && char.IsAsciiLetter(value[1])
               && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
               && Iban.Mod97(value[7..] + value[..4]) == 1;
    }
}
