using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>One line of a documents list: its fields, its blank form (upload, replace, remove), and deletion while no family has used it.</summary>
[UploadRequestLimit]
public class ModifierModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<RequirementInput> validator) : PageModel
{
    [BindProperty]
    public RequirementInput Input { get; set; } = new();

    public DocumentRequirement Requirement { get; private set; } = null!;

    public IReadOnlyList<SelectListItem> Disciplines { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input = RequirementInput.From(Requirement);
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Input.Scope = Requirement.Scope;
        var validation = await validator.ValidateAsync(Input, cancellationToken);
        ModelState.AddErrors(validation);
        var discipline = await db.ConditionDisciplineAsync(Requirement.SiteId, Input, cancellationToken);
        ModelState.RequireSiteDiscipline(Input, discipline);
        if (!ModelState.IsValid)
        {
            return await ShowAsync(cancellationToken);
        }

        var before = RequirementAudit.Fields(Requirement, await DisciplineNameAsync(Requirement.ConditionDisciplineId, cancellationToken));
        Input.ApplyTo(Requirement);
        var changes = RequirementAudit.Diff(before, RequirementAudit.Fields(Requirement, discipline));
        AuditLine("requirement.updated", "modifiée", changes);
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = changes.Count == 0 ? "Aucune modification." : $"Pièce « {Requirement.Name} » enregistrée.";
        return RedirectToPage(new { id });
    }

    /// <summary>Uploads or replaces the blank form families download.</summary>
    public async Task<IActionResult> OnPostModeleAsync(int id, IFormFile? template, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var before = Requirement.TemplateFileName;
        var refusal = await BlankForms.AttachAsync(Requirement, Requirement.Site!, template, ParisTime.Today(clock.GetUtcNow()), cancellationToken);
        if (refusal is not null)
        {
            ModelState.AddModelError("template", refusal);
            Input = RequirementInput.From(Requirement);
            return await ShowAsync(cancellationToken);
        }

        AuditLine("requirement.template-attached", before is null ? "reçoit son formulaire" : "reçoit un nouveau formulaire",
            [new AuditChange("Formulaire", before, Requirement.TemplateFileName)]);
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = $"Formulaire {Requirement.TemplateFileName} enregistré : les familles peuvent le télécharger.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostRetirerModeleAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var before = Requirement.TemplateFileName;
        Requirement.RemoveTemplate();
        AuditLine("requirement.template-removed", "perd son formulaire", [new AuditChange("Formulaire", before, null)]);
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = "Formulaire retiré.";
        return RedirectToPage(new { id });
    }

    /// <summary>Deletes the line unless a family has given a document for it (PostgreSQL decides, in the DELETE itself).</summary>
    public async Task<IActionResult> OnPostSupprimerAsync(int id, CancellationToken cancellationToken)
    {
        if (!await FindAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (!await db.DeleteUnusedAsync(id, cancellationToken))
        {
            await transaction.RollbackAsync(cancellationToken);
            Confirmation = $"Des familles ont déjà déposé des documents pour « {Requirement.Name} » : la pièce ne peut pas être supprimée.";
            return RedirectToPage(new { id });
        }

        AuditLine("requirement.deleted", "supprimée", RequirementAudit.Diff(
            RequirementAudit.Fields(Requirement, null), [.. RequirementAudit.Fields(Requirement, null).Select(f => (f.Field, (object?)null))]));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        TempData["Confirmation"] = $"Pièce « {Requirement.Name} » supprimée.";
        return RedirectToPage("/Pieces/Index", new { siteId = Requirement.SiteId, annee = Requirement.SchoolYear!.StartYear });
    }

    private void AuditLine(string action, string what, IReadOnlyList<AuditChange> changes) =>
        db.Audit(
            User, clock.GetUtcNow(), Requirement.SiteId, action, RequirementAudit.RecordType, Requirement.Id,
            $"Pièce « {Requirement.Name} » ({Requirement.Site!.Name}, {Requirement.SchoolYear!.Label}) {what}.", changes);

    private Task<string?> DisciplineNameAsync(int? disciplineId, CancellationToken cancellationToken) =>
        db.Disciplines.Where(d => d.Id == disciplineId).Select(d => d.Name).SingleOrDefaultAsync(cancellationToken);

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        Disciplines = await db.DisciplineChoicesAsync(Requirement.SiteId, Input.ConditionDisciplineId, cancellationToken);
        return Page();
    }

    private async Task<bool> FindAsync(int id, CancellationToken cancellationToken)
    {
        var requirement = await db.RequirementsOf(User.RequiredStaffId())
            .Include(r => r.Site).Include(r => r.SchoolYear)
            .SingleOrDefaultAsync(r => r.Id == id, cancellationToken);
        if (requirement is null)
        {
            return false;
        }

        Requirement = requirement;
        return true;
    }
}
