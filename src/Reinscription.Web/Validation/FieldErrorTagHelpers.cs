using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Reinscription.Web.Validation;

/// <summary>
/// A field bound with asp-for whose value was refused gets aria-invalid="true" and is described by
/// its error message (the span of asp-validation-for), so a screen reader reads the error with the field.
/// </summary>
[HtmlTargetElement("input", Attributes = "asp-for")]
[HtmlTargetElement("select", Attributes = "asp-for")]
[HtmlTargetElement("textarea", Attributes = "asp-for")]
public sealed class InvalidFieldTagHelper : TagHelper
{
    /// <summary>After the framework's tag helpers, which write the field's name.</summary>
    public override int Order => 100;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        if (output.Attributes["name"]?.Value?.ToString() is not { Length: > 0 } name
            || output.Attributes["type"]?.Value?.ToString() == "hidden"
            || !ViewContext.ModelState.HasErrors(name))
        {
            return;
        }

        output.Attributes.SetAttribute("aria-invalid", "true");
        var describedBy = output.Attributes["aria-describedby"]?.Value?.ToString();
        output.Attributes.SetAttribute("aria-describedby", string.Join(' ', new[] { describedBy, FieldErrors.MessageId(name) }
            .Where(id => !string.IsNullOrWhiteSpace(id))));
    }
}

/// <summary>
/// Gives the error message of asp-validation-for the id its field refers to, replacing any id written
/// in the view: one rule for every form, so no view has to keep two ids in step.
/// </summary>
[HtmlTargetElement("span", Attributes = "asp-validation-for")]
public sealed class ValidationMessageIdTagHelper : TagHelper
{
    public override int Order => 100;

    [HtmlAttributeName("asp-validation-for")]
    public ModelExpression For { get; set; } = null!;

    [HtmlAttributeNotBound]
    [ViewContext]
    public ViewContext ViewContext { get; set; } = null!;

    public override void Process(TagHelperContext context, TagHelperOutput output) =>
        output.Attributes.SetAttribute("id", FieldErrors.MessageId(ViewContext.ViewData.TemplateInfo.GetFullHtmlFieldName(For.Name)));
}
