using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Domain.Billing;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>"Facturation cotisations": file fees and tuition invoices.</summary>
public class IndexModel(ReinscriptionDbContext db, TimeProvider clock) : PageModel
{
    public InvoiceTab Tab { get; private set; } = null!;

    public TariffSummary? Tariff { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Tab = await db.InvoicesOf(User.RequiredFamilyId()).TabAsync(InvoiceKind.Tuition, cancellationToken);
        Tariff = await TariffSummary.LoadAsync(db, User.RequiredFamilyId(), clock.GetUtcNow(), cancellationToken);
    }
}
