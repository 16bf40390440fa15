using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;

namespace Reinscription.Web.Pages.Facturation;

public static class InvoiceDetails
{
    /// <summary>
    /// An invoice with everything its total, paid amount and balance are computed from. Split, because
    /// lines, instalments and payments joined in one statement would return their product in rows.
    /// </summary>
    public static IQueryable<Invoice> WithDetails(this IQueryable<Invoice> invoices) =>
        invoices.AsNoTracking()
            .Include(i => i.SchoolYear)
            .Include(i => i.Lines.OrderBy(l => l.Id))
            .Include(i => i.Instalments.OrderBy(e => e.DueOn))
            .Include(i => i.Payments.OrderBy(p => p.PaidOn).ThenBy(p => p.Id))
            .AsSplitQuery();

    public static async Task<InvoiceTab> TabAsync(
        this IQueryable<Invoice> familyInvoices, InvoiceKind kind, CancellationToken cancellationToken) =>
        new(kind, await familyInvoices.WithDetails()
            .Where(i => i.Kind == kind)
            .OrderByDescending(i => i.IssuedOn).ThenByDescending(i => i.Id)
            .ToListAsync(cancellationToken));
}

/// <summary>What a billing tab shows: the family's invoices of one kind, newest first.</summary>
public sealed record InvoiceTab(InvoiceKind Kind, IReadOnlyList<Invoice> Invoices)
{
    public string EmptyText => Kind == InvoiceKind.Tuition
        ? "Aucune facture de cotisation pour cette famille."
        : "Aucune facture de location pour cette famille.";
}
