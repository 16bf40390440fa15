using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>A new line in a site's documents list for a school year, at the end of the list.</summary>
public class CreerModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<RequirementInput> validator) : PageModel
{
    [BindProperty]
    public RequirementInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;

    public int StartYear { get; private set; }

    public IReadOnlyList<SelectListItem> Disciplines { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await FindAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        Input.SortOrder = 1 + (await db.DocumentRequirements
            .Where(r => r.SiteId == Site.Id && r.SchoolYear!.StartYear == StartYear)
            .MaxAsync(r => (int?)r.SortOrder, cancellationToken) ?? 0);
        Disciplines = await db.DisciplineChoicesAsync(Site.Id, null, cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await FindAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        var discipline = await db.ConditionDisciplineAsync(Site.Id, Input, cancellationToken);
        ModelState.RequireSiteDiscipline(Input, discipline);
        if (!ModelState.IsValid)
        {
            Disciplines = await db.DisciplineChoicesAsync(Site.Id, Input.ConditionDisciplineId, cancellationToken);
            return Page();
        }

        var requirement = new DocumentRequirement(
            Site.Id, await db.SchoolYearIdAsync(StartYear, cancellationToken), Input.Scope, Input.Name.Trim(), Input.Condition, Input.Kind);
        Input.ApplyTo(requirement);
        db.DocumentRequirements.Add(requirement);
        var fields = RequirementAudit.Fields(requirement, discipline);
        await db.SaveNewAsync(
            () => db.Audit(
                User, clock.GetUtcNow(), Site.Id, "requirement.created", RequirementAudit.RecordType, requirement.Id,
                $"Pièce « {requirement.Name} » ajoutée à la liste {SchoolYear.LabelOf(StartYear)} de {Site.Name}.",
                RequirementAudit.Created(fields)),
            cancellationToken);
        TempData["Confirmation"] = $"Pièce « {requirement.Name} » ajoutée.";
        return RedirectToPage("/Pieces/Index", new { siteId = Site.Id, annee = StartYear });
    }

    private async Task<bool> FindAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        var site = await db.SiteOfAsync(User.RequiredStaffId(), siteId, cancellationToken);
        if (site is null || annee is < 2000 or > 2999)
        {
            return false;
        }

        Site = site;
        StartYear = annee;
        return true;
    }
}
