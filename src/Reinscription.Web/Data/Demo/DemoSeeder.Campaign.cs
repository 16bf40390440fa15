using Reinscription.Domain.Billing;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Web.Data.Demo;

public sealed partial class DemoSeeder
{
    private async Task AddCampaignAsync(Site site, DemoYears years, CancellationToken cancellationToken)
    {
        // Open since yesterday and until noon, Paris time, four months from now; documents two months later.
        var today = ParisTime.Today(clock.GetUtcNow());
        var opensAt = ParisTime.ToInstant(today.AddDays(-1).ToDateTime(new TimeOnly(9, 0)));
        var closesAt = ParisTime.ToInstant(today.AddMonths(4).ToDateTime(new TimeOnly(12, 0)));
        var documentsDeadline = ParisTime.ToInstant(today.AddMonths(6).ToDateTime(new TimeOnly(23, 59)));
        db.Campaigns.Add(new ReenrollmentCampaign(site.Id, years.Next.Id, opensAt, closesAt, documentsDeadline));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The Meudon list of manual 003, for the year families re-enrol for.</summary>
    private async Task AddDocumentRequirementsAsync(
        Site site,
        SchoolYear year,
        MeudonCatalog catalog,
        CancellationToken cancellationToken)
    {
        var order = 0;
        DocumentRequirement Family(string name, RequirementCondition condition, DocumentKind kind, string help = "")
        {
            var requirement = new DocumentRequirement(site.Id, year.Id, RequirementScope.Family, name, condition, kind)
            {
                HelpText = help,
                SortOrder = ++order,
            };
            db.DocumentRequirements.Add(requirement);
            return requirement;
        }

        var incomeYear = year.StartYear - 1;
        Family("Justificatif de domicile de moins de 3 mois", RequirementCondition.Always, DocumentKind.AddressProof,
            "Quittance de loyer ou facture d'électricité, de gaz, d'eau ou d'abonnement internet de l'élève ou du responsable légal.");
        Family($"Attestation CAF {year.StartYear} avec quotient familial", RequirementCondition.CafRule, DocumentKind.CafAttestation,
            "« Attestation de paiement » de moins de 3 mois faisant figurer le quotient familial, délivrée par la CAF. " +
            "Les familles ayant au moins 2 enfants de moins de 20 ans à charge sont tenues de produire ce document.");
        Family($"Avis d'imposition {year.StartYear} sur les revenus {incomeYear} responsable 1 (4 pages)", RequirementCondition.ResidentsOnly, DocumentKind.TaxNotice,
            "Avis d'imposition ou de non-imposition, toutes les pages.").ExpectedPageCount = 4;
        Family($"Avis d'imposition {year.StartYear} sur les revenus {incomeYear} responsable 2 (4 pages)", RequirementCondition.Optional, DocumentKind.TaxNotice,
            "Si les parents déclarent séparément.").ExpectedPageCount = 4;
        Family("Justificatif de domicile de l'hébergeant (si justifié)", RequirementCondition.Hosted, DocumentKind.AddressProof,
            "Justificatif de domicile de moins de 3 mois de la personne qui vous héberge.");
        Family("RIB pour prélèvement SEPA", RequirementCondition.SepaPayment, DocumentKind.BankDetails);
        Family("Attestation de non-remise des pièces à fournir (facultatif)", RequirementCondition.Optional, DocumentKind.Other,
            "Si vous ne souhaitez pas fournir vos justificatifs de revenus : le tarif plafond sera appliqué.");
        Family("Avis d'imposition suite (facultatif)", RequirementCondition.Optional, DocumentKind.TaxNotice);
        Family("Mandat de prélèvement SEPA", RequirementCondition.SepaPayment, DocumentKind.SepaMandate).KeepValidFor(36);
        Family("Attestation d'hébergement (si justifié)", RequirementCondition.Hosted, DocumentKind.Other);
        Family("Pièce d'identité de l'hébergeant (si justifié)", RequirementCondition.Hosted, DocumentKind.Identity).KeepValidFor(12);

        var medical = new DocumentRequirement(site.Id, year.Id, RequirementScope.Student, "Certificat médical DANSE",
            RequirementCondition.Discipline, DocumentKind.MedicalCertificate)
        {
            HelpText = "Certificat médical de non contre-indication à la pratique de la danse, de moins de 3 mois.",
            SortOrder = ++order,
        };
        medical.RequireDiscipline(catalog.Dance.Id);
        db.DocumentRequirements.Add(medical);

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>Eleven brackets of quotient familial; the eleventh is the ceiling. This year's grid is the same, for the copy to start from.</summary>
    private async Task AddTariffGridAsync(SchoolYear year, SchoolYear current, CancellationToken cancellationToken)
    {
        var grid = new TariffGrid(year.Id, fileFee: 20m);
        grid.ChangeFees(20m, secondChildReductionPercent: 10m, furtherChildReductionPercent: 20m, rentalResidentAmount: 180m, rentalNonResidentAmount: 240m);
        int?[] upperBounds = [400, 550, 700, 850, 1000, 1200, 1400, 1700, 2000, 2500, null];
        var min = 0;
        for (var i = 0; i < upperBounds.Length; i++)
        {
            var bracket = grid.AddBracket(min, upperBounds[i]);
            var step = i * 1.0m;
            bracket.SetAmount(TariffCategory.FullCursus, 66m + (step * 45m), 720m);
            bracket.SetAmount(TariffCategory.MusicTheoryOnly, 36m + (step * 18m), 360m);
            bracket.SetAmount(TariffCategory.InstrumentOnly, 54m + (step * 36m), 600m);
            bracket.SetAmount(TariffCategory.Dance, 48m + (step * 30m), 510m);
            bracket.SetAmount(TariffCategory.Drama, 48m + (step * 30m), 510m);
            bracket.SetAmount(TariffCategory.CollectivePracticeOnly, 30m + (step * 12m), 240m);
            bracket.SetAmount(TariffCategory.EarlyYears, 30m + (step * 12m), 240m);
            min = (upperBounds[i] ?? 0) + 1;
        }

        db.TariffGrids.AddRange(grid, grid.CopyFor(current.Id));
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task AddInvoicesAsync(DemoFamilies families, SchoolYear year, CancellationToken cancellationToken)
    {
        var tuition = new Invoice(families.MeudonDupont.Id, year.Id, InvoiceKind.Tuition, "C2025-000412", new DateOnly(2025, 10, 6));
        tuition.AddLine("Frais de dossier", 20m);
        tuition.AddLine("Cursus complet - DUPONT Lucas (tranche 6)", 291m, families.Lucas.Id);
        tuition.AddLine("Danse - DUPONT Emma (tranche 6)", 198m, families.Emma.Id);
        tuition.ScheduleMonthly(new DateOnly(2025, 11, 5), 8);
        tuition.RecordPayment(new DateOnly(2025, 11, 5), 63.62m, PaymentMethod.SepaDirectDebit);
        tuition.RecordPayment(new DateOnly(2025, 12, 5), 63.62m, PaymentMethod.SepaDirectDebit);
        tuition.RecordPayment(new DateOnly(2026, 1, 5), 63.62m, PaymentMethod.SepaDirectDebit);

        var rental = new Invoice(families.MeudonDupont.Id, year.Id, InvoiceKind.InstrumentRental, "L2025-000087", new DateOnly(2025, 10, 6));
        rental.AddLine("Location violoncelle 3/4 - DUPONT Lucas", 180m, families.Lucas.Id);
        rental.ScheduleMonthly(new DateOnly(2025, 11, 15), 2);
        rental.RecordPayment(new DateOnly(2025, 11, 14), 90m, PaymentMethod.Cheque);

        var martin = new Invoice(families.Martin.Id, year.Id, InvoiceKind.Tuition, "C2025-000415", new DateOnly(2025, 10, 6));
        martin.AddLine("Frais de dossier", 20m);
        martin.AddLine("Cursus complet - MARTIN Chloé (tranche 11)", 516m, families.Chloe.Id);
        martin.ScheduleMonthly(new DateOnly(2025, 11, 5), 1);
        martin.RecordPayment(new DateOnly(2025, 10, 20), 536m, PaymentMethod.Card);

        db.Invoices.AddRange(tuition, rental, martin);
        await db.SaveChangesAsync(cancellationToken);
    }
}
