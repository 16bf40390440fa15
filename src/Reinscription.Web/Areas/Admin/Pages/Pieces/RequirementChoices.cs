using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

public static class RequirementChoices
{
    /// <summary>The discipline a line's condition names, when it is one of the site's; null otherwise (the form says so).</summary>
    public static async Task<string?> ConditionDisciplineAsync(
        this ReinscriptionDbContext db, int siteId, RequirementInput input, CancellationToken cancellationToken) =>
        input?.Condition == RequirementCondition.Discipline && input.ConditionDisciplineId is { } id
            ? await db.Disciplines.Where(d => d.Id == id && d.SiteId == siteId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken)
            : null;

    public static void RequireSiteDiscipline(this Microsoft.AspNetCore.Mvc.ModelBinding.ModelStateDictionary modelState, RequirementInput input, string? discipline)
    {
        ArgumentNullException.ThrowIfNull(modelState);
        if (input?.Condition == RequirementCondition.Discipline && input.ConditionDisciplineId is not null && discipline is null)
        {
            modelState.AddModelError("Input.ConditionDisciplineId", "Choisissez une discipline de ce site.");
        }
    }

    public static Task<IReadOnlyList<SelectListItem>> DisciplineChoicesAsync(
        this ReinscriptionDbContext db, int siteId, int? selected, CancellationToken cancellationToken) =>
        Cours.CourseChoices.DisciplinesAsync(db, siteId, selected ?? 0, cancellationToken);
}
