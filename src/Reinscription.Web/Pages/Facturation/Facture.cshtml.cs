using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>One invoice laid out to be printed: the conservatory, the family, the lines, instalments and payments.</summary>
public class FactureModel(ReinscriptionDbContext db) : PageModel
{
    public Invoice Invoice { get; private set; } = null!;

    public string TabPage => Invoice.Kind == InvoiceKind.Tuition ? "/Facturation/Index" : "/Facturation/Locations";

    public string KindLabel => Invoice.Kind == InvoiceKind.Tuition ? "Cotisations" : "Location d'instrument";

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var invoice = await db.InvoicesOf(User.RequiredFamilyId()).WithDetails()
            .Include(i => i.Family).ThenInclude(f => f!.Site)
            .SingleOrDefaultAsync(i => i.Id == id, cancellationToken);
        if (invoice is null)
        {
            return NotFound();
        }

        Invoice = invoice;
        return Page();
    }
}
