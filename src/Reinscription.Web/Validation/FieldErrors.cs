using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;

namespace Reinscription.Web.Validation;

/// <summary>
/// How a field's error is tied to the field, on every form: the message next to the field has the id
/// <see cref="MessageId"/>, and the field says it is invalid and is described by that message.
/// </summary>
public static class FieldErrors
{
    /// <summary>The id of the error message of the field named <paramref name="fieldName"/> (e.g. "Input.Email").</summary>
    public static string MessageId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_") + "-erreur";

    /// <summary>The id a field gets from asp-for, which the error summary links to.</summary>
    public static string FieldId(string fieldName) => TagBuilder.CreateSanitizedId(fieldName, "_");

    public static bool HasErrors(this ModelStateDictionary modelState, string fieldName) =>
        modelState.TryGetValue(fieldName, out var entry) && entry.Errors.Count > 0;

    /// <summary>The errors in the order of the form, for the summary at the top of the page.</summary>
    public static IReadOnlyList<(string Field, string Message)> All(ModelStateDictionary modelState) =>
        [.. modelState.Where(entry => entry.Value is { Errors.Count: > 0 })
            .SelectMany(entry => entry.Value!.Errors.Select(error => (entry.Key, error.ErrorMessage)))];
}
