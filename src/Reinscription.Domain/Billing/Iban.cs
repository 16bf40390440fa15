using System.Globalization;
using System.Text;

namespace Reinscription.Domain.Billing;

/// <summary>
/// An International Bank Account Number checked as ISO 13616 says: a known country, that country's
/// length, and the mod-97 check digits that catch a mistyped or swapped character.
/// </summary>
public sealed class Iban
{
    // Lengths of the IBAN registry (SWIFT, ISO 13616); French overseas territories use FR IBANs of 27.
    private static readonly Dictionary<string, int> Lengths = new(StringComparer.Ordinal)
    {
        ["AD"] = 24, ["AE"] = 23, ["AL"] = 28, ["AT"] = 20, ["AZ"] = 28, ["BA"] = 20, ["BE"] = 16, ["BG"] = 22,
        ["BH"] = 22, ["BI"] = 27, ["BL"] = 27, ["BR"] = 29, ["BY"] = 28, ["CH"] = 21, ["CR"] = 22, ["CY"] = 28,
        ["CZ"] = 24, ["DE"] = 22, ["DJ"] = 27, ["DK"] = 18, ["DO"] = 28, ["EE"] = 20, ["EG"] = 29, ["ES"] = 24,
        ["FI"] = 18, ["FK"] = 18, ["FO"] = 18, ["FR"] = 27, ["GB"] = 22, ["GE"] = 22, ["GF"] = 27, ["GI"] = 23,
        ["GL"] = 18, ["GP"] = 27, ["GR"] = 27, ["GT"] = 28, ["HR"] = 21, ["HU"] = 28, ["IE"] = 22, ["IL"] = 23,
        ["IQ"] = 23, ["IS"] = 26, ["IT"] = 27, ["JO"] = 30, ["KW"] = 30, ["KZ"] = 20, ["LB"] = 28, ["LC"] = 32,
        ["LI"] = 21, ["LT"] = 20, ["LU"] = 20, ["LV"] = 21, ["LY"] = 25, ["MC"] = 27, ["MD"] = 24, ["ME"] = 22,
        ["MF"] = 27, ["MK"] = 19, ["MN"] = 20, ["MQ"] = 27, ["MR"] = 27, ["MT"] = 31, ["MU"] = 30, ["NC"] = 27,
        ["NI"] = 28, ["NL"] = 18, ["NO"] = 15, ["OM"] = 23, ["PF"] = 27, ["PK"] = 24, ["PL"] = 28, ["PM"] = 27,
        ["PS"] = 29, ["PT"] = 25, ["QA"] = 29, ["RE"] = 27, ["RO"] = 24, ["RS"] = 22, ["RU"] = 33, ["SA"] = 24,
        ["SC"] = 31, ["SD"] = 18, ["SE"] = 24, ["SI"] = 19, ["SK"] = 24, ["SM"] = 27, ["SO"] = 23, ["ST"] = 25,
        ["SV"] = 28, ["TF"] = 27, ["TL"] = 23, ["TN"] = 24, ["TR"] = 26, ["UA"] = 29, ["VA"] = 22, ["VG"] = 24,
        ["WF"] = 27, ["XK"] = 20, ["YE"] = 30, ["YT"] = 27,
    };

    private Iban(string value) => Value = value;

    /// <summary>The electronic form: capitals, no spaces, e.g. "FR1420041010050500013M02606".</summary>
    public string Value { get; }

    public string CountryCode => Value[..2];

    /// <summary>The paper form, in groups of four: "FR14 2004 1010 0505 0001 3M02 606".</summary>
    public string Formatted => Format(Value);

    public override string ToString() => Formatted;

    public static string Format(string iban)
    {
        ArgumentNullException.ThrowIfNull(iban);
        return string.Join(' ', iban.Chunk(4).Select(c => new string(c)));
    }

    /// <summary>An IBAN known to be valid (demo data, tests); throws with the French message otherwise.</summary>
    public static Iban Parse(string text) =>
        TryParse(text, out var iban, out var error) ? iban! : throw new FormatException(error);

    /// <summary>Reads an IBAN as people type it (spaces, lower case); <paramref name="error"/> says in French what is wrong.</summary>
    public static bool TryParse(string? text, out Iban? iban, out string error)
    {
        iban = null;
        var compact = new string((text ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToUpperInvariant();
        if (compact.Length == 0)
        {
            error = "Saisissez l'IBAN du compte à débiter.";
            return false;
        }

        if (!compact.All(char.IsAsciiLetterOrDigit))
        {
            error = "Un IBAN ne contient que des lettres et des chiffres (les espaces sont permis).";
            return false;
        }

        if (compact.Length < 4 || !char.IsAsciiLetter(compact[0]) || !char.IsAsciiLetter(compact[1])
            || !char.IsAsciiDigit(compact[2]) || !char.IsAsciiDigit(compact[3]))
        {
            error = "Un IBAN commence par le code du pays et deux chiffres de contrôle, par exemple FR76.";
            return false;
        }

        if (!Lengths.TryGetValue(compact[..2], out var length))
        {
            error = $"« {compact[..2]} » n'est pas le code d'un pays qui utilise l'IBAN.";
            return false;
        }

        if (compact.Length != length)
        {
            error = $"Un IBAN {compact[..2]} compte {length} caractères ; celui-ci en a {compact.Length}.";
            return false;
        }

        if (Mod97(compact[4..] + compact[..4]) != 1)
        {
            error = "Cet IBAN n'est pas valide : sa clé de contrôle ne correspond pas. Vérifiez qu'aucun caractère n'a été mal recopié.";
            return false;
        }

        iban = new Iban(compact);
        error = "";
        return true;
    }

    /// <summary>ISO 7064 MOD 97-10 over letters turned into 10–35, as IBAN and SEPA creditor identifiers use it.</summary>
    internal static int Mod97(string alphanumeric)
    {
        var digits = new StringBuilder(alphanumeric.Length * 2);
        foreach (var c in alphanumeric)
        {
            digits.Append(char.IsAsciiDigit(c) ? (c - '0').ToString(CultureInfo.InvariantCulture) : (c - 'A' + 10).ToString(CultureInfo.InvariantCulture));
        }

        var remainder = 0;
        foreach (var digit in digits.ToString())
        {
            remainder = ((remainder * 10) + (digit - '0')) % 97;
        }

        return remainder;
    }
}
