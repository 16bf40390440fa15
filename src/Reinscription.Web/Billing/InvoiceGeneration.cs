using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Audit;
using Reinscription.Web.Data;

namespace Reinscription.Web.Billing;

/// <summary>
/// Next year's invoices of a site, from its validated requests. Safe to run again, and from two
/// sessions at once: PostgreSQL's unique key (family, year, kind) lets one invoice be created, and a
/// conditional update recomputes it only when what it is computed from changed and no payment was
/// recorded (decision record 037).
/// </summary>
public sealed class InvoiceGeneration(ReinscriptionDbContext db, TimeProvider clock)
{
    public async Task<GenerationReport> GenerateAsync(int siteId, AuditActor actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var campaign = await db.NextYearCampaignOf(siteId, clock.GetUtcNow()).AsNoTracking().Include(c => c.TargetSchoolYear)
            .SingleOrDefaultAsync(cancellationToken);
        if (campaign is null)
        {
            return GenerationReport.Nothing("Ce site n'a pas de campagne de réinscription pour l'année prochaine.");
        }

        var year = campaign.TargetSchoolYear!;
        var grid = await db.GridOfYearAsync(year.Id, cancellationToken);
        if (grid is null || grid.Brackets.Count == 0)
        {
            return GenerationReport.Nothing($"La grille tarifaire {year.Label} n'existe pas encore.");
        }

        var now = clock.GetUtcNow();
        var today = ParisTime.Today(now);
        var enrolees = await db.ValidatedEnroleesAsync(campaign.Id, null, cancellationToken);
        var familyIds = enrolees.Select(g => g.Key).ToList();
        var facts = await db.TariffFactsAsync(familyIds, year.Id, today, cancellationToken);
        var directDebit = await db.Families.AsNoTracking().Where(f => familyIds.Contains(f.Id))
            .ToDictionaryAsync(f => f.Id, f => f.PaysBySepa && f.SepaMandate != null, cancellationToken);
        var report = new GenerationReport();
        foreach (var family in enrolees)
        {
            var tariff = FamilyTariff.Of(grid, facts[family.Key]);
            var quote = FeeQuote.Compute(grid, tariff.Basis.QuotientApplied, tariff.Basis.IsResident, [.. family]);
            foreach (var (kind, lines) in new[] { (InvoiceKind.Tuition, quote.TuitionLines), (InvoiceKind.InstrumentRental, quote.RentalLines) })
            {
                if (lines.Count > 0)
                {
                    var outcome = await BillAsync(siteId, family.Key, year.Id, year.StartYear, kind, lines, directDebit[family.Key], actor, now, cancellationToken);
                    report.Count(outcome);
                }
            }
        }

        db.Audit(actor, now, siteId, "invoices.generated", "Site", siteId,
            $"Factures {year.Label} générées : {report.Summary}.");
        await db.SaveChangesAsync(cancellationToken);
        return report;
    }

    public static string NumberOf(InvoiceKind kind, int startYear, int familyId) =>
        string.Create(CultureInfo.InvariantCulture, $"{(kind == InvoiceKind.Tuition ? 'C' : 'L')}{startYear}-{familyId:D6}");

    private async Task<BillingOutcome> BillAsync(
        int siteId,
        int familyId,
        int yearId,
        int startYear,
        InvoiceKind kind,
        IReadOnlyList<FeeLine> lines,
        bool byDirectDebit,
        AuditActor actor,
        DateTimeOffset now,
        CancellationToken cancellationToken)
    {
        var fingerprint = Fingerprint(lines, byDirectDebit);
        var number = NumberOf(kind, startYear, familyId);
        var kindName = kind.ToString();
        var today = ParisTime.Today(now);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var created = await db.Database.SqlQuery<int>($"""
            INSERT INTO "Invoices" ("FamilyId", "SchoolYearId", "Kind", "Number", "IssuedOn", "ByDirectDebit", "HasPayments")
            VALUES ({familyId}, {yearId}, {kindName}, {number}, {today}, {byDirectDebit}, FALSE)
            ON CONFLICT ("FamilyId", "SchoolYearId", "Kind") DO NOTHING
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);

        // The row lock the update takes makes a payment recorded meanwhile wait, or be seen.
        var recomputed = created.Count > 0 ? [] : await db.Database.SqlQuery<int>($"""
            UPDATE "Invoices" SET "Fingerprint" = {fingerprint}
            WHERE "FamilyId" = {familyId} AND "SchoolYearId" = {yearId} AND "Kind" = {kindName}
              AND "Fingerprint" IS DISTINCT FROM {fingerprint} AND NOT "HasPayments"
            RETURNING "Id" AS "Value"
            """).ToListAsync(cancellationToken);
        var id = created.Concat(recomputed).SingleOrDefault();
        if (id == 0)
        {
            return await db.Invoices.AnyAsync(i => i.Number == number && i.HasPayments, cancellationToken)
                ? BillingOutcome.KeptPaid
                : BillingOutcome.Unchanged;
        }

        var invoice = await db.Invoices.Include(i => i.Lines).Include(i => i.Instalments).AsSplitQuery()
            .SingleAsync(i => i.Id == id, cancellationToken);
        var before = invoice.Total;
        invoice.Bill(lines.Select(l => (l.Label, l.Amount, l.StudentId)), byDirectDebit, today,
            SepaSchedule.FirstDueOn(startYear, today), fingerprint);
        var isNew = created.Count > 0;
        db.Audit(actor, now, siteId, isNew ? "invoice.created" : "invoice.recomputed", "Facture", number,
            isNew
                ? $"Facture {number} émise : {FrenchFormat.Euros(invoice.Total)}."
                : $"Facture {number} recalculée : {FrenchFormat.Euros(before)} → {FrenchFormat.Euros(invoice.Total)}.",
            AuditLog.Diff(("Total", isNew ? null : before, invoice.Total), ("Prélèvement", null, byDirectDebit)));
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        db.ChangeTracker.Clear();
        return isNew ? BillingOutcome.Created : BillingOutcome.Recomputed;
    }

    /// <summary>What the invoice is computed from, dates aside: running again another day changes nothing.</summary>
    private static string Fingerprint(IReadOnlyList<FeeLine> lines, bool byDirectDebit)
    {
        var text = new StringBuilder(byDirectDebit ? "sepa" : "once");
        foreach (var line in lines)
        {
            text.Append('\n').Append(line.Label).Append('|').Append(line.Amount.ToString(CultureInfo.InvariantCulture))
                .Append('|').Append(line.StudentId?.ToString(CultureInfo.InvariantCulture));
        }

        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}

public enum BillingOutcome
{
    Created,
    Recomputed,
    Unchanged,
    KeptPaid,
}

/// <summary>How a run went, as staff read it after clicking "Générer".</summary>
public sealed class GenerationReport
{
    private readonly Dictionary<BillingOutcome, int> _counts = [];

    public string? Problem { get; private init; }

    public int this[BillingOutcome outcome] => _counts.GetValueOrDefault(outcome);

    public static GenerationReport Nothing(string problem) => new() { Problem = problem };

    internal void Count(BillingOutcome outcome) => _counts[outcome] = this[outcome] + 1;

    public string Summary => Problem ?? string.Create(CultureInfo.InvariantCulture,
        $"{this[BillingOutcome.Created]} créée(s), {this[BillingOutcome.Recomputed]} recalculée(s), " +
        $"{this[BillingOutcome.Unchanged]} inchangée(s), {this[BillingOutcome.KeptPaid]} conservée(s) car déjà réglée(s) en partie");
}
