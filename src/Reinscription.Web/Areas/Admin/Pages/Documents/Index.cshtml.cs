using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Documents;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Documents;

/// <summary>The documents families provided on the staff member's sites, waiting for a decision, oldest first.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public IReadOnlyList<QueueLine> Documents { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);

        // Metadata only: the files' bytes stay in the database until someone opens one.
        Documents = await db.SubmittedDocuments.AsNoTracking()
            .Where(d => d.State == DocumentState.Provided && sites.Contains(d.Family!.SiteId))
            .OrderBy(d => d.UploadedAt).ThenBy(d => d.Id)
            .Select(d => new QueueLine(
                d.Id,
                d.UploadedAt,
                d.Family!.Site!.Name,
                d.Family.Identifier,
                d.Student == null ? null : d.Student.FirstName + " " + d.Student.LastName,
                d.Requirement!.Name,
                d.File!.FileName,
                d.PageCount,
                d.InspectionHints))
            .ToListAsync(cancellationToken);
    }

    public sealed record QueueLine(
        int Id,
        DateTimeOffset UploadedAt,
        string Site,
        string Identifier,
        string? StudentName,
        string Requirement,
        string FileName,
        int? PageCount,
        string? Hints);
}
