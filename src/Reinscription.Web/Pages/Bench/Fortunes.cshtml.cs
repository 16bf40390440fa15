using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Bench;

/// <summary>
/// The baseline of the opening-rush benchmark (bench/rush): the TechEmpower "Fortunes" pattern served by
/// this very app, so that the wizard's throughput is compared with the simplest page that reads one table
/// through EF Core on the same machine, pipeline and database. Routed only when Bench:Enabled is true.
/// </summary>
public class FortunesModel(ReinscriptionDbContext db) : PageModel
{
    public const string EnabledKey = "Bench:Enabled";

    public IReadOnlyList<Fortune> Fortunes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        // As in TechEmpower: every row of a small table, one row added at request time, sorted in memory.
        var rows = await db.Disciplines.AsNoTracking().ToListAsync(cancellationToken);
        var fortunes = rows.ConvertAll(d => new Fortune(d.Id, d.Name));
        fortunes.Add(new Fortune(0, "Ajoutée à la requête : elle n'est pas en base."));
        fortunes.Sort((a, b) => string.CompareOrdinal(a.Message, b.Message));
        Fortunes = fortunes;
    }

    public sealed record Fortune(int Id, string Message);
}
