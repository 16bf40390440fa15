using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Répertoire" tab: the pieces the student plays in the current school year.</summary>
public class RepertoireModel(ReinscriptionDbContext db) : PageModel
{
    public StudentTabs Tabs { get; private set; } = null!;

    public string? YearLabel { get; private set; }

    public IReadOnlyList<Piece> Pieces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        // A handful of siblings and pieces: one round trip is cheaper than splitting the query.
        var familyId = User.RequiredFamilyId();
        var siblings = StudentChoice.Of(db, familyId);
        var student = await db.StudentsOf(familyId).AsNoTracking().AsSingleQuery()
            .Where(s => s.Id == id)
            .Select(s => new
            {
                Students = siblings.ToList(),
                CurrentYear = db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
                Pieces = db.RepertoirePieces.Where(p => p.StudentId == s.Id && p.SchoolYear!.IsCurrent)
                    .OrderBy(p => p.DisciplineName).ThenBy(p => p.Id)
                    .Select(p => new Piece(p.Title, p.Composer, p.DisciplineName))
                    .ToList(),
            })
            .SingleOrDefaultAsync(cancellationToken);
        if (student is null)
        {
            return NotFound();
        }

        Tabs = new StudentTabs(id, student.Students, StudentTab.Repertoire);
        YearLabel = student.CurrentYear?.Label;
        Pieces = student.Pieces;
        return Page();
    }

    public sealed record Piece(string Title, string Composer, string? Discipline);
}
