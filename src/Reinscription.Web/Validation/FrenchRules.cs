using System.Text.RegularExpressions;
using FluentValidation;
using Reinscription.Domain.Sites;

namespace Reinscription.Web.Validation;

/// <summary>Field rules shared by every form that takes a French address, phone number or birth date.</summary>
public static partial class FrenchRules
{
    private const int EarliestBirthYear = 1900;

    public static IRuleBuilderOptions<T, string> FrenchPostalCode<T>(this IRuleBuilder<T, string> rule) =>
        rule.Matches(PostalCodePattern()).WithMessage("Le code postal doit comporter 5 chiffres, par exemple 92190.");

    /// <summary>Accepts "01 46 29 32 96", "0146293296", "+33 1 46 29 32 96"; empty is left to NotEmpty.</summary>
    public static IRuleBuilderOptions<T, string?> FrenchPhone<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(phone => string.IsNullOrWhiteSpace(phone) || PhonePattern().IsMatch(phone.Replace(" ", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal)))
            .WithMessage("Saisissez un numéro de téléphone français à 10 chiffres, par exemple 01 46 29 32 96.");

    /// <summary>A birth date is before today in Paris, whatever the server's time zone; empty is left to NotNull.</summary>
    public static IRuleBuilderOptions<T, DateOnly?> BirthDateInThePast<T>(this IRuleBuilder<T, DateOnly?> rule, TimeProvider clock) =>
        rule.Must(date => date is null || date < ParisTime.Today(clock.GetUtcNow()))
            .WithMessage("La date de naissance doit être une date passée.")
            .Must(date => date is null || date.Value.Year >= EarliestBirthYear)
            .WithMessage($"La date de naissance ne peut être antérieure à {EarliestBirthYear}.");

    /// <summary>The column widths of the database, said in French before the database refuses them.</summary>
    public static IRuleBuilderOptions<T, string> AtMost<T>(this IRuleBuilder<T, string> rule, int length) =>
        rule.MaximumLength(length).WithMessage($"{length} caractères au maximum.");

    [GeneratedRegex(@"^\d{5}$")]
    private static partial Regex PostalCodePattern();

    [GeneratedRegex(@"^(0[1-9]\d{8}|\+33[1-9]\d{8})$")]
    private static partial Regex PhonePattern();
}
