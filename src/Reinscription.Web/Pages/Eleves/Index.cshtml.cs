using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>
/// The "Élèves" tab: opens the record of the family's eldest student, or of the student chosen in
/// the drop-down, on the tab the parent was reading.
/// </summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public async Task<IActionResult> OnGetAsync(int? eleve, StudentTab? onglet, CancellationToken cancellationToken)
    {
        var students = db.StudentsOf(User.RequiredFamilyId()).AsNoTracking();
        var studentId = eleve is null
            ? await students.OrderBy(s => s.BirthDate).ThenBy(s => s.Id).Select(s => (int?)s.Id).FirstOrDefaultAsync(cancellationToken)
            : await students.Where(s => s.Id == eleve).Select(s => (int?)s.Id).SingleOrDefaultAsync(cancellationToken);
        if (studentId is null)
        {
            return eleve is null ? Page() : NotFound();
        }

        var tab = onglet is { } asked && Enum.IsDefined(asked) ? asked : StudentTab.Identite;
        return RedirectToPage($"/Eleves/{tab}", new { id = studentId });
    }
}
