using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Domain.Sites;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Journal;

/// <summary>
/// The audit log of a site, for its admins: who did what to which record and what changed, newest
/// first, searchable by record, person and dates. A site the person does not administer answers 404.
/// </summary>
public class IndexModel(ReinscriptionDbContext db, IValidator<JournalFilter> validator) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public JournalFilter Filter { get; set; } = new();

    public IReadOnlyList<Site> Sites { get; private set; } = [];

    public Site Site { get; private set; } = null!;

    public IReadOnlyList<string> RecordTypes { get; private set; } = [];

    public JournalPage Results { get; private set; } = new([], 1, false);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Sites = await db.AdministeredSitesAsync(User.RequiredStaffId(), cancellationToken);
        var site = Filter.Site is { } id ? Sites.FirstOrDefault(s => s.Id == id) : Sites.Count > 0 ? Sites[0] : null;
        if (site is null)
        {
            return NotFound();
        }

        Site = site;
        Filter.Site = site.Id;
        RecordTypes = await db.RecordTypesAsync(site.Id, cancellationToken);
        var validation = await validator.ValidateAsync(Filter, cancellationToken);
        if (!validation.IsValid || !ModelState.IsValid)
        {
            ModelState.AddErrors(validation, nameof(Filter));
            return Page();
        }

        Results = await db.SearchAsync(site.Id, Filter, cancellationToken);
        return Page();
    }

    /// <summary>The query string of this search on another page, or of another record's history.</summary>
    public IDictionary<string, string?> RouteFor(int page, string? recordType = null, string? recordId = null) =>
        new Dictionary<string, string?>
        {
            ["Filter.Site"] = Site.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Filter.RecordType"] = recordType ?? Filter.RecordType,
            ["Filter.RecordId"] = recordId ?? Filter.RecordId,
            ["Filter.Person"] = recordType is null ? Filter.Person : null,
            ["Filter.From"] = recordType is null ? Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            ["Filter.To"] = recordType is null ? Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) : null,
            ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
}
