using System.Text.RegularExpressions;
using FluentValidation;

namespace Reinscription.Web.Validation;

/// <summary>Field rules shared by every form that takes a French address or phone number.</summary>
public static partial class FrenchRules
{
    public static IRuleBuilderOptions<T, string> FrenchPostalCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(PostalCodePattern()).WithMessage("Le code postal doit comporter 5 chiffres, par exemple 92190.");

    /// <summary>Accepts "01 46 29 32 96", "0146293296", "+33 1 46 29 32 96"; empty is left to NotEmpty.</summary>
    public static IRuleBuilderOptions<T, string?> FrenchPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => string.IsNullOrWhiteSpace(phone) || PhonePattern().IsMatch(phone.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)))
            .WithMessage("Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96.");

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^(0[1-9]\d{8}|\+33[1-9]\d{8})$")]
    private static partial Regex PhonePattern();
}
