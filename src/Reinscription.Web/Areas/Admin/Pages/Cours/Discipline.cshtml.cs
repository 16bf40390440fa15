using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Cours;

/// <summary>A new discipline of a site (cursus), then straight to a first slot of it. Names are unique per site (PostgreSQL decides).</summary>
public class DisciplineModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<DisciplineInput> validator) : PageModel
{
    [BindProperty]
    public DisciplineInput Input { get; set; } = new();

    public Site Site { get; private set; } = null!;

    public int StartYear { get; private set; }

    public IReadOnlyList<string> Existing { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int siteId, int annee, CancellationToken cancellationToken) =>
        await FindAsync(siteId, annee, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await FindAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Input, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation);
            return Page();
        }

        var discipline = new Discipline(Site.Id, Input.Name.Trim(), Input.Kind);
        db.Disciplines.Add(discipline);
        try
        {
            await db.SaveNewAsync(
                () => db.Audit(
                    User, clock.GetUtcNow(), Site.Id, "discipline.created", "Discipline", discipline.Id,
                    $"Discipline {discipline.Name} créée à {Site.Name}.",
                    new AuditChange("Discipline", null, discipline.Name), new AuditChange("Type", null, DisciplineInput.KindLabel(discipline.Kind))),
                cancellationToken);
        }
        catch (DbUpdateException duplicate) when (duplicate.InnerException is PostgresException { SqlState: PostgresErrorCodes.UniqueViolation })
        {
            ModelState.AddModelError("Input.Name", $"La discipline {discipline.Name} existe déjà à {Site.Name}.");
            return Page();
        }

        return RedirectToPage("/Cours/Creer", new { siteId = Site.Id, annee = StartYear, disciplineId = discipline.Id });
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
        Existing = await db.Disciplines.AsNoTracking().Where(d => d.SiteId == site.Id).OrderBy(d => d.Name).Select(d => d.Name).ToListAsync(cancellationToken);
        return true;
    }
}
