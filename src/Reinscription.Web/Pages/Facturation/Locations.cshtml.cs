using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Domain.Billing;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>"Facturation locations": instrument rental invoices.</summary>
public class LocationsModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public InvoiceTab Tab { get; private set; } = null!;

    public TariffSummary? Tariff { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tab = await db.InvoicesOf(User.RequiredFamilyId()).TabAsync(InvoiceKind.InstrumentRental, cancellationToken);
        Tariff = await TariffSummary.LoadAsync(db, User.RequiredFamilyId(), clock.GetUtcNow(), cancellationToken);
    }
}
