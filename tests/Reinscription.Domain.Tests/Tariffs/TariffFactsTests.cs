using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

/// <summary>A family's quotient familial, and the three reasons that send it to the ceiling bracket.</summary>
public class TariffFactsTests
{
    private static readonly TaxNoticeFigures Notice = new(41_400m, 2.5m);

    private static TariffFacts Facts(
        bool resident = true,
        bool proven = true,
        int children = 1,
        int? caf = null,
        params TaxNoticeFigures[] notices) =>
        new(resident, proven, children, caf, notices);

    [Theory]
    [InlineData(41_400, 2.5, 1380)]
    [InlineData(30_000, 1, 2500)]
    [InlineData(30_012, 1, 2501)]
    [InlineData(29_999.99, 1, 2499)]
    [InlineData(0, 1, 0)]
    [InlineData(25_000, 3.5, 595)]
    public void The_quotient_is_the_reference_income_divided_by_12_and_by_the_shares_rounded_down(double income, double shares, int quotient) =>
        Assert.Equal(quotient, TaxNoticeFigures.Quotient((decimal)income, (decimal)shares));

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Shares_must_be_positive(int shares) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => TaxNoticeFigures.Quotient(30_000m, shares));

    [Fact]
    public void A_validated_caf_attestation_gives_the_quotient()
    {
        var basis = Facts(caf: 712).Decide();

        Assert.Equal((712, QuotientSource.CafAttestation, false), (basis.Quotient, basis.Source, basis.IsCeiling));
        Assert.Equal(712, basis.QuotientApplied);
    }

    [Fact]
    public void The_caf_attestation_wins_over_the_tax_notice() =>
        Assert.Equal(712, Facts(caf: 712, notices: Notice).Decide().QuotientApplied);

    [Fact]
    public void Without_caf_attestation_the_tax_notice_gives_the_quotient()
    {
        var basis = Facts(notices: Notice).Decide();

        Assert.Equal((1380, QuotientSource.TaxNotice), (basis.QuotientApplied, basis.Source));
    }

    [Fact]
    public void Two_tax_notices_of_parents_declaring_separately_add_up() =>
        Assert.Equal(1000, Facts(notices: [new(18_000m, 1m), new(30_000m, 3m)]).Decide().QuotientApplied);

    [Fact]
    public void No_validated_income_document_means_the_ceiling()
    {
        var basis = Facts().Decide();

        Assert.True(basis.IsCeiling);
        Assert.Null(basis.QuotientApplied);
        Assert.Equal([CeilingReason.NoIncomeDocument], basis.CeilingReasons);
    }

    [Fact]
    public void A_resident_whose_address_is_not_proven_pays_the_ceiling_even_with_a_quotient()
    {
        var basis = Facts(proven: false, caf: 712).Decide();

        Assert.Equal([CeilingReason.ResidencyNotProven], basis.CeilingReasons);
        Assert.Equal(712, basis.Quotient);
        Assert.Null(basis.QuotientApplied);
    }

    [Fact]
    public void Two_children_under_20_without_the_caf_attestation_pay_the_ceiling_even_with_a_tax_notice()
    {
        var basis = Facts(children: 2, notices: Notice).Decide();

        Assert.Equal([CeilingReason.CafAttestationRequired], basis.CeilingReasons);
        Assert.Null(basis.QuotientApplied);
    }

    [Fact]
    public void Two_children_under_20_with_the_caf_attestation_get_their_bracket() =>
        Assert.False(Facts(children: 2, caf: 712).Decide().IsCeiling);

    [Fact]
    public void Every_reason_that_applies_is_told()
    {
        var basis = Facts(proven: false, children: 3).Decide();

        Assert.Equal(
            [CeilingReason.ResidencyNotProven, CeilingReason.CafAttestationRequired, CeilingReason.NoIncomeDocument],
            basis.CeilingReasons);
    }

    [Fact]
    public void A_non_resident_needs_no_proof_of_address() =>
        Assert.False(Facts(resident: false, proven: false, caf: 712).Decide().IsCeiling);

    [Fact]
    public void The_family_is_told_its_bracket_and_why()
    {
        var grid = new TariffGrid(1, 20m);
        grid.AddBracket(0, 700);
        grid.AddBracket(701, 1400);
        grid.AddBracket(1401, null);

        var caf = Facts(caf: 712).Decide();
        var tax = Facts(notices: Notice).Decide();
        var ceiling = Facts(proven: false).Decide();
        var nonResident = Facts(resident: false, caf: 712).Decide();

        Assert.Equal("Tranche 2 : quotient familial 712 (attestation CAF validée).", caf.Explain(grid.BracketFor(caf.QuotientApplied)));
        Assert.Equal(
            $"Tranche 2 : quotient familial 1\u202f380 (avis d'imposition validé : revenu fiscal de référence {FrenchNumbers.Euros(41_400m)} ÷ 12 ÷ 2,5 parts).",
            tax.Explain(grid.BracketFor(tax.QuotientApplied)));
        Assert.Equal(
            "Tranche 3 (tranche plafond) : la résidence sur le territoire n'est pas justifiée (justificatif de domicile non validé) ; " +
            "aucun justificatif de revenus (attestation CAF ou avis d'imposition) n'a été validé.",
            ceiling.Explain(grid.BracketFor(ceiling.QuotientApplied)));
        Assert.StartsWith("Tarif non-résident. Tranche 2", nonResident.Explain(grid.BracketFor(nonResident.QuotientApplied)), StringComparison.Ordinal);
    }
}
