using System.Globalization;
using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Campaigns;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Demandes;

/// <summary>
/// The requests of a campaign: counts by stage, filters, sorting and pages, all in a GET form so that a
/// filtered list is an address; exports and the bulk validation start from here.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock, IValidator<RequestFilter> validator) : PageModel
{
    public RequestFilter Filter { get; private set; } = new();

    public CampaignScope? Campaign { get; private set; }

    public RequestListPage? List { get; private set; }

    public IReadOnlyList<SelectListItem> Campaigns { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Disciplines { get; private set; } = [];

    public IReadOnlyList<SelectListItem> Courses { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync([FromQuery] RequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var staffId = User.RequiredStaffId();
        Campaign = await CampaignScope.FindAsync(db, staffId, filter.CampaignId, cancellationToken);
        if (Campaign is null)
        {
            // An unknown or foreign campaign is a 404; no campaign at all on the staff member's sites is a page that says so.
            return filter.CampaignId is null ? Page() : NotFound();
        }

        filter.CampaignId = Campaign.Id;
        Filter = filter;
        Campaigns = await CampaignScope.ChoicesAsync(db, staffId, Campaign.Id, cancellationToken);
        Disciplines = await db.Disciplines.AsNoTracking()
            .Where(d => d.SiteId == Campaign.SiteId)
            .OrderBy(d => d.Name)
            .Select(d => new SelectListItem(d.Name, d.Id.ToString(CultureInfo.InvariantCulture), d.Id == filter.DisciplineId))
            .ToListAsync(cancellationToken);
        var courses = await db.Courses.AsNoTracking()
            .Where(c => c.SiteId == Campaign.SiteId && c.SchoolYearId == Campaign.TargetSchoolYearId)
            .OrderBy(c => c.Discipline!.Name).ThenBy(c => c.Name)
            .ToListAsync(cancellationToken);
        Courses = [.. courses.Select(c => new SelectListItem(c.SlotLabel, c.Id.ToString(CultureInfo.InvariantCulture), c.Id == filter.CourseId))];

        var validation = await validator.ValidateAsync(filter, cancellationToken);
        foreach (var failure in validation.Errors)
        {
            ModelState.AddModelError(failure.PropertyName == nameof(RequestFilter.Search) ? "recherche" : "p", failure.ErrorMessage);
        }

        if (validation.IsValid)
        {
            List = await new RequestList(db, Campaign, clock.GetUtcNow()).LoadAsync(filter, cancellationToken);
        }

        return Page();
    }

    public IEnumerable<SelectListItem> Stages =>
        Enum.GetValues<RequestStage>().Select(s => new SelectListItem(RequestLabels.Of(s), s.ToString(), s == Filter.Stage));

    public IEnumerable<SelectListItem> Sorts =>
    [
        new("Nom de l'élève", nameof(RequestSort.Name), Filter.Sort == RequestSort.Name),
        new("Date de transmission", nameof(RequestSort.SubmittedAt), Filter.Sort == RequestSort.SubmittedAt),
        new("Statut", nameof(RequestSort.Stage), Filter.Sort == RequestSort.Stage),
    ];
}
