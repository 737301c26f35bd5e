using FluentValidation.Results;
using Microsoft.AspNetCore.Mvc.ModelBinding;

namespace FangchengCredit.Web.Infrastructure;

internal static class ValidationExtensions
{
    /// <summary>Copies FluentValidation's messages into ModelState so the views show them beside the fields.</summary>
    public static void AddTo(this ValidationResult result, ModelStateDictionary modelState, string? prefix = null)
    {
        foreach (var error in result.Errors)
        {
            var key = string.IsNullOrEmpty(prefix) ? error.PropertyName : prefix + "." + error.PropertyName;
            modelState.AddModelError(key, error.ErrorMessage);
        }
    }
}
