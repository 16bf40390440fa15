using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Areas.Admin.Pages.Familles;

/// <summary>
/// "Familles et élèves": the families of the staff member's sites, found by a guardian's name,
/// the identifier, an e-mail or a student's name; 25 a page.
/// </summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public const int PageSize = 25;

    [BindProperty(SupportsGet = true, Name = "recherche")]
    public string Search { get; set; } = "";

    [BindProperty(SupportsGet = true, Name = "numero")]
    public int PageNumber { get; set; } = 1;

    public int Total { get; private set; }

    public int PageCount => Math.Max(1, (Total + PageSize - 1) / PageSize);

    public IReadOnlyList<FamilyLine> Families { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var families = db.FamiliesOfStaff(User.RequiredStaffId()).AsNoTracking();
        var search = Search.Trim();
        if (search.Length > 0)
        {
            // Accents and case aside: "lefevre" finds Lefèvre, "chloe" finds Chloé.
            var pattern = SearchPatterns.Containing(search);
            families = families.Where(f =>
                EF.Functions.ILike(f.Identifier, pattern)
                || EF.Functions.ILike(EF.Functions.Unaccent(f.Guardian1.LastName + " " + f.Guardian1.FirstName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(EF.Functions.Unaccent(f.Guardian1.FirstName + " " + f.Guardian1.LastName), EF.Functions.Unaccent(pattern))
                || EF.Functions.ILike(f.Guardian1.Email, pattern)
                || (f.Guardian2 != null && (EF.Functions.ILike(EF.Functions.Unaccent(f.Guardian2.LastName + " " + f.Guardian2.FirstName), EF.Functions.Unaccent(pattern))
                                            || EF.Functions.ILike(EF.Functions.Unaccent(f.Guardian2.FirstName + " " + f.Guardian2.LastName), EF.Functions.Unaccent(pattern))
                                            || EF.Functions.ILike(f.Guardian2.Email, pattern)))
                || f.Students.Any(s => EF.Functions.ILike(EF.Functions.Unaccent(s.LastName + " " + s.FirstName), EF.Functions.Unaccent(pattern))
                                       || EF.Functions.ILike(EF.Functions.Unaccent(s.FirstName + " " + s.LastName), EF.Functions.Unaccent(pattern))));
        }

        Total = await families.CountAsync(cancellationToken);
        PageNumber = Math.Clamp(PageNumber, 1, PageCount);
        Families = await families
            .OrderBy(f => f.Guardian1.LastName).ThenBy(f => f.Identifier).ThenBy(f => f.Id)
            .Skip((PageNumber - 1) * PageSize).Take(PageSize)
            .Select(f => new FamilyLine(
                f.Id,
                f.Site!.Name,
                f.Identifier,
                f.Guardian1.LastName,
                f.Guardian1.FirstName,
                f.Guardian1.Email,
                f.Students.OrderBy(s => s.BirthDate).Select(s => s.FirstName + " " + s.LastName).ToList()))
            .ToListAsync(cancellationToken);
    }

    public sealed record FamilyLine(
        int Id,
        string Site,
        string Identifier,
        string LastName,
        string FirstName,
        string Email,
        IReadOnlyList<string> Students);
}
