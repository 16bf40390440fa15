using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>One family as staff see it: guardians, students and their courses, documents, pending changes, requests, journal.</summary>
public class FicheModel(ReinscriptionDbContext db) : PageModel
{
    public FamilyRecord Record { get; private set; } = null!;

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var record = await FamilyRecord.LoadAsync(db, User.RequiredStaffId(), id, cancellationToken);
        if (record is null)
        {
            return NotFound();
        }

        Record = record;
        return Page();
    }
}
