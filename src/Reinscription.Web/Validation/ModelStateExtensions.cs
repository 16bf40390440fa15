using FluentValidation.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace Reinscription.Web.Validation;

public static class ModelStateExtensions
{
    /// <summary>Puts each failure next to its field (keys like "Input.Password").</summary>
    public static void AddErrors(this ModelStateDictionary modelState, ValidationResult result, string prefix = "Input")
    {
        foreach (var failure in result.Errors)
        {
            modelState.AddModelError($"{prefix}.{failure.PropertyName}", failure.ErrorMessage);
        }
    }

    public static void AddErrors(this ModelStateDictionary modelState, IdentityResult result, string key)
    {
        foreach (var error in result.Errors)
        {
            modelState.AddModelError(key, error.Description);
        }
    }
}
