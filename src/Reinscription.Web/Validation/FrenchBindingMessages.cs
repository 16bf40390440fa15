using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Reinscription.Web.Validation;

/// <summary>The messages model binding shows when a value cannot even be read (a letter in a number field).</summary>
public static class FrenchBindingMessages
{
    public static void Apply(DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, _) => $"La valeur « {value} » n'est pas valide.");
        messages.SetValueMustBeANumberAccessor(_ => "Saisissez un nombre.");
        messages.SetValueMustNotBeNullAccessor(_ => "Ce champ est obligatoire.");
        messages.SetMissingBindRequiredValueAccessor(_ => "Ce champ est obligatoire.");
        messages.SetMissingKeyOrValueAccessor(() => "Ce champ est obligatoire.");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "Le formulaire est vide.");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"La valeur « {value} » n'est pas valide.");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "La valeur saisie n'est pas valide.");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "Saisissez un nombre.");
        messages.SetUnknownValueIsInvalidAccessor(_ => "La valeur saisie n'est pas valide.");
    }
}
