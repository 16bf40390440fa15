using Microsoft.AspNetCore.Mvc.ModelBinding.Metadata;

namespace Reinscription.Web.Validation;

/// <summary>
/// An empty field binds as "" rather than null, so that input models' non-nullable strings are
/// never null; the validators say which fields must be filled.
/// </summary>
public sealed class EmptyStringsStayEmpty : IDisplayMetadataProvider
{
    public void CreateDisplayMetadata(DisplayMetadataProviderContext context)
    {
        if (context.Key.ModelType == typeof(string))
        {
            context.DisplayMetadata.ConvertEmptyStringToNull = false;
        }
    }
}
