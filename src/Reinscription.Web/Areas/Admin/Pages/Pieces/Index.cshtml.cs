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

namespace Reinscription.Web.Areas.Admin.Pages.Pieces;

/// <summary>A site's list of supporting documents for a school year, family lines then student lines, and "Copier la liste de l'année précédente".</summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public Site Site { get; private set; } = null!;

    public int StartYear { get; private set; }

    public IReadOnlyList<SelectListItem> Sites { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Years { get; private set; } = [];

    public IReadOnlyList<Line> Lines { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int? siteId, int? annee, CancellationToken cancellationToken)
    {
        if (!await ChooseAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        Lines = await db.DocumentRequirements.AsNoTracking()
            .Where(r => r.SiteId == Site.Id && r.SchoolYear!.StartYear == StartYear)
            .OrderBy(r => r.SortOrder).ThenBy(r => r.Id)
            .Select(r => new Line(
                r.Id, r.Scope, r.Name, r.Condition,
                db.Disciplines.Where(d => d.Id == r.ConditionDisciplineId).Select(d => d.Name).FirstOrDefault(),
                r.Kind, r.AcceptedFormats, r.ValidityMonths, r.TemplateFileName))
            .ToListAsync(cancellationToken);
        Sites = await db.StaffSiteChoicesAsync(User.RequiredStaffId(), Site.Id, cancellationToken);
        Years = await db.SchoolYearChoicesAsync(await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken), StartYear, cancellationToken);
        return Page();
    }

    /// <summary>"Copier la liste de l'année précédente": last year's lines into this year's list, in one transaction, once.</summary>
    public async Task<IActionResult> OnPostCopierAsync(int siteId, int annee, CancellationToken cancellationToken)
    {
        if (!await ChooseAsync(siteId, annee, cancellationToken))
        {
            return NotFound();
        }

        var previous = annee - 1;
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var added = await db.CopyListAsync(
            Site.Id, await db.SchoolYearIdAsync(previous, cancellationToken), await db.SchoolYearIdAsync(annee, cancellationToken), cancellationToken);
        db.Audit(
            User, clock.GetUtcNow(), Site.Id, "requirement.list-copied", "Liste des pièces", $"{Site.Id}/{annee}",
            $"Liste des pièces {SchoolYear.LabelOf(previous)} de {Site.Name} copiée vers {SchoolYear.LabelOf(annee)} : {Pieces(added)} ajoutée{(added > 1 ? "s" : "")}.",
            new AuditChange("Pièces ajoutées", null, added.ToString(System.Globalization.CultureInfo.InvariantCulture)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Confirmation = added == 0
            ? $"La liste {SchoolYear.LabelOf(annee)} contenait déjà chaque pièce de {SchoolYear.LabelOf(previous)} : rien n'a été ajouté."
            : $"{Pieces(added)} de {SchoolYear.LabelOf(previous)} copiée{(added > 1 ? "s" : "")} dans la liste {SchoolYear.LabelOf(annee)}.";
        return RedirectToPage(new { siteId = Site.Id, annee });
    }

    private async Task<bool> ChooseAsync(int? siteId, int? annee, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).AsNoTracking();
        var site = siteId is { } id
            ? await sites.SingleOrDefaultAsync(s => s.Id == id, cancellationToken)
            : await sites.OrderBy(s => s.Name).FirstOrDefaultAsync(cancellationToken);
        if (site is null)
        {
            return false;
        }

        Site = site;
        StartYear = annee is >= 2000 and < 3000 ? annee.Value : await db.CurrentStartYearAsync(clock.GetUtcNow(), cancellationToken) + 1;
        return true;
    }

    private static string Pieces(int count) => count <= 1 ? $"{count} pièce" : $"{count} pièces";

    public sealed record Line(
        int Id,
        RequirementScope Scope,
        string Name,
        RequirementCondition Condition,
        string? Discipline,
        DocumentKind Kind,
        UploadFormats? Formats,
        int? ValidityMonths,
        string? TemplateFileName)
    {
        public string ConditionLabel => RequirementLabels.Of(Condition) + (Discipline is null ? "" : $" : {Discipline}");
    }
}
