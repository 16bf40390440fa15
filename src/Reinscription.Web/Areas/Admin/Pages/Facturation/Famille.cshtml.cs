using FluentValidation;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Billing;
using Reinscription.Web.Data;
using Reinscription.Web.Pages.Facturation;
using Reinscription.Web.Validation;

namespace Reinscription.Web.Areas.Admin.Pages.Facturation;

/// <summary>One family's billing: its bracket and why, next year's fees, its invoices; staff record payments and instrument loans.</summary>
public class FamilleModel(ReinscriptionDbContext db, IValidator<PaymentInput> validator, TimeProvider clock) : PageModel
{
    [BindProperty]
    public PaymentInput Payment { get; set; } = new();

    [BindProperty]
    public RentalInput Rental { get; set; } = new();

    public FamilyBillingRow Family { get; private set; } = null!;

    public BillingOverview Overview { get; private set; } = null!;

    public FeeQuote? Quote { get; private set; }

    public IReadOnlyList<Invoice> Invoices { get; private set; } = [];

    public IReadOnlyList<(int RequestId, string Student, string? Instrument)> Requests { get; private set; } = [];

    [TempData]
    public string? Confirmation { get; set; }

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken cancellationToken)
    {
        var siteId = await SiteOfAsync(id, cancellationToken);
        var overview = siteId is null ? null
            : await BillingOverview.LoadAsync(db, User.RequiredStaffId(), siteId.Value, id, ParisTime.Today(clock.GetUtcNow()), cancellationToken);
        if (overview is null)
        {
            return NotFound();
        }

        Overview = overview;
        Family = overview.Families.Single();
        Invoices = await db.Invoices.Where(i => i.FamilyId == id).WithDetails().OrderByDescending(i => i.SchoolYear!.StartYear).ThenBy(i => i.Kind).ToListAsync(cancellationToken);
        var campaignId = await db.NextYearCampaignOf(siteId!.Value, clock.GetUtcNow()).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        if (campaignId is { } campaign && overview.Grid is { } grid && Family.Tariff is { } tariff)
        {
            var enrolees = await db.ValidatedEnroleesAsync(campaign, id, cancellationToken);
            Quote = FeeQuote.Compute(grid, tariff.Basis.QuotientApplied, tariff.Basis.IsResident, [.. enrolees[id]]);
            Requests = [.. (await db.ReenrollmentRequests.AsNoTracking()
                    .Where(r => r.CampaignId == campaign && r.Student!.FamilyId == id && r.Status == RequestStatus.Validated)
                    .OrderBy(r => r.Student!.FirstName)
                    .Select(r => new { r.Id, r.Student!.FirstName, r.Student.LastName, r.InstrumentRental })
                    .ToListAsync(cancellationToken))
                .Select(r => (r.Id, $"{r.LastName.ToUpperInvariant()} {r.FirstName}", r.InstrumentRental))];
        }

        return Page();
    }

    public async Task<IActionResult> OnPostReglementAsync(int id, CancellationToken cancellationToken)
    {
        var siteId = await SiteOfAsync(id, cancellationToken);
        if (siteId is null)
        {
            return NotFound();
        }

        var validation = await validator.ValidateAsync(Payment, cancellationToken);
        if (!validation.IsValid)
        {
            ModelState.AddErrors(validation, nameof(Payment));
            return await OnGetAsync(id, cancellationToken);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Locked first, so that two payments of the same balance, or a payment and a regeneration, take turns.
        var locked = await db.Invoices.FromSql($"""SELECT * FROM "Invoices" WHERE "Id" = {Payment.InvoiceId} AND "FamilyId" = {id} FOR UPDATE""")
            .Select(i => i.Id).SingleOrDefaultAsync(cancellationToken);
        if (locked == 0)
        {
            return NotFound();
        }

        var invoice = await db.Invoices.Include(i => i.Lines).Include(i => i.Payments).AsSplitQuery().SingleAsync(i => i.Id == locked, cancellationToken);
        if (Payment.Amount > invoice.Balance)
        {
            ModelState.AddModelError("Payment.Amount", $"Le montant dépasse le solde de la facture ({FrenchFormat.Euros(invoice.Balance)}).");
            return await OnGetAsync(id, cancellationToken);
        }

        var now = clock.GetUtcNow();
        invoice.RecordPayment(Payment.PaidOn!.Value, Payment.Amount!.Value, Payment.Method);
        db.Audit(User, now, siteId, "payment.recorded", "Facture", invoice.Number,
            $"Règlement de {FrenchFormat.Euros(Payment.Amount.Value)} ({Payment.Method.French()}) enregistré sur la facture {invoice.Number}.",
            AuditLog.Diff(("Réglé", invoice.Paid - Payment.Amount.Value, invoice.Paid)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        Confirmation = $"Règlement de {FrenchFormat.Euros(Payment.Amount.Value)} enregistré sur la facture {invoice.Number}.";
        return RedirectToPage(new { id });
    }

    public async Task<IActionResult> OnPostLocationAsync(int id, CancellationToken cancellationToken)
    {
        var siteId = await SiteOfAsync(id, cancellationToken);
        var request = siteId is null ? null : await db.ReenrollmentRequests.Include(r => r.Student)
            .SingleOrDefaultAsync(r => r.Id == Rental.RequestId && r.Student!.FamilyId == id && r.Status == RequestStatus.Validated, cancellationToken);
        if (request is null)
        {
            return NotFound();
        }

        var instrument = Rental.Instrument.Trim();
        if (instrument.Length > 100)
        {
            ModelState.AddModelError("Rental.Instrument", "100 caractères au maximum.");
            return await OnGetAsync(id, cancellationToken);
        }

        var before = request.InstrumentRental;
        request.InstrumentRental = instrument.Length == 0 ? null : instrument;
        db.Audit(User, clock.GetUtcNow(), siteId, "rental.changed", "Demande", request.Id,
            $"Location d'instrument de {request.Student!.FirstName} {request.Student.LastName} : {request.InstrumentRental ?? "aucune"}.",
            AuditLog.Diff(("Instrument", before, request.InstrumentRental)));
        await db.SaveChangesAsync(cancellationToken);
        Confirmation = "Location enregistrée : générez les factures pour l'appliquer.";
        return RedirectToPage(new { id });
    }

    private Task<int?> SiteOfAsync(int familyId, CancellationToken cancellationToken)
    {
        var sites = db.SitesOf(User.RequiredStaffId()).Select(s => s.Id);
        return db.Families.Where(f => f.Id == familyId && sites.Contains(f.SiteId)).Select(f => (int?)f.SiteId).SingleOrDefaultAsync(cancellationToken);
    }
}
