using Microsoft.AspNetCore.Mvc;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Eleves;

/// <summary>The "Répertoire" tab: the pieces the student plays in the current school year.</summary>
public class RepertoireModel(ReinscriptionDbContext db) : StudentTabModel(db, StudentTab.Repertoire)
{
    public string? YearLabel { get; private set; }

    public IReadOnlyList<Piece> Pieces { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, s => new
        {
            CurrentYear = Db.SchoolYears.FirstOrDefault(y => y.IsCurrent),
            Pieces = Db.RepertoirePieces.Where(p => p.StudentId == s.Id && p.SchoolYear!.IsCurrent)
                .OrderBy(p => p.DisciplineName).ThenBy(p => p.Id)
                .Select(p => new Piece(p.Title, p.Composer, p.DisciplineName))
                .ToList(),
        }, cancellationToken);
        if (loaded is null)
        {
            return NotFound();
        }

        YearLabel = loaded.CurrentYear?.Label;
        Pieces = loaded.Pieces;
        return Page();
    }

    public sealed record Piece(string Title, string Composer, string? Discipline);
}
