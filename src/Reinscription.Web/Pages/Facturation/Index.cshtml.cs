using Microsoft.AspNetCore.Mvc.RazorPages;
using Reinscription.Domain.Billing;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;

namespace Reinscription.Web.Pages.Facturation;

/// <summary>"Facturation cotisations": file fees and tuition invoices.</summary>
public class IndexModel(ReinscriptionDbContext db) : PageModel
{
    public InvoiceTab Tab { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tab = await db.InvoicesOf(User.RequiredFamilyId()).TabAsync(InvoiceKind.Tuition, cancellationToken);
}
