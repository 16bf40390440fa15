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
        var loaded = await StudentTabs.LoadAsync(db, User.RequiredFamilyId(), id, StudentTab.Repertoire, s => new
        {
            CurrentYear = db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
            Pieces = db.RepertoirePieces.Where(p => p.StudentId == s.Id && p.SchoolYear!.IsCurrent)
                .OrderBy(p => p.DisciplineName).ThenBy(p => p.Id)
                .Select(p => new Piece(p.Title, p.Composer, p.DisciplineName))
                .ToList(),
        }, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        Tabs = loaded.Tabs;
        YearLabel = loaded.Content.CurrentYear?.Label;
        Pieces = loaded.Content.Pieces;
        return Page();
    }

    public sealed record Piece(string Title, string Composer, string? Discipline);
}
