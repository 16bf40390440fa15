using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

/// <summary>A family's fees from the grid: the bracket's amounts, the file fee, the sibling reductions, the rental.</summary>
public class FeeQuoteTests
{
    private static readonly int?[] UpperBounds = [400, 550, 700, 850, 1000, 1200, 1400, 1700, 2000, 2500, null];

    /// <summary>The demo's grid: a full cursus costs 66 € in bracket 1 and 45 € more in each bracket after; 720 € for non-residents.</summary>
    private static TariffGrid Grid()
    {
        var grid = new TariffGrid(1, 20m);
        grid.ChangeFees(20m, 10m, 20m, 180m, 240m);
        var min = 0;
        for (var i = 0; i < UpperBounds.Length; i++)
        {
            var bracket = grid.AddBracket(min, UpperBounds[i]);
            bracket.SetAmount(TariffCategory.FullCursus, 66m + (i * 45m), 720m);
            bracket.SetAmount(TariffCategory.Dance, 48m + (i * 30m), 510m);
            bracket.SetAmount(TariffCategory.MusicTheoryOnly, 36.5m + (i * 18m), 360m);
            min = (UpperBounds[i] ?? 0) + 1;
        }

        return grid;
    }

    private static Enrolee Child(string name, params TariffCategory[] categories) => new(name, categories);

    public static TheoryData<int, int> EveryBound()
    {
        var data = new TheoryData<int, int>();
        var min = 0;
        for (var i = 0; i < UpperBounds.Length; i++)
        {
            data.Add(min, i + 1);
            if (UpperBounds[i] is { } max)
            {
                data.Add(max, i + 1);
                min = max + 1;
            }
        }

        data.Add(1_000_000, 11);
        return data;
    }

    [Theory]
    [MemberData(nameof(EveryBound))]
    public void At_each_bound_the_family_pays_its_brackets_amount_plus_the_file_fee(int quotient, int bracket)
    {
        var quote = FeeQuote.Compute(Grid(), quotient, isResident: true, [Child("DUPONT Lucas", TariffCategory.FullCursus)]);

        Assert.Equal(bracket, quote.Bracket.Number);
        Assert.Equal(
            [("Frais de dossier", 20m), ($"Cursus complet - DUPONT Lucas (tranche {bracket})", 66m + ((bracket - 1) * 45m))],
            quote.TuitionLines.Select(l => (l.Label, l.Amount)));
        Assert.Equal(20m + 66m + ((bracket - 1) * 45m), quote.Total);
    }

    [Fact]
    public void Without_a_quotient_the_family_pays_the_ceiling() =>
        Assert.Equal(11, FeeQuote.Compute(Grid(), null, isResident: true, [Child("A", TariffCategory.Dance)]).Bracket.Number);

    [Fact]
    public void A_non_resident_pays_the_non_resident_amounts_and_rental()
    {
        var quote = FeeQuote.Compute(Grid(), 712, isResident: false,
            [new Enrolee("MOREAU Zoé", [TariffCategory.Dance], RentedInstrument: "Violon 1/2")]);

        Assert.Equal(4, quote.Bracket.Number);
        Assert.Equal([20m, 510m], quote.TuitionLines.Select(l => l.Amount));
        Assert.Equal([("Location d'instrument (Violon 1/2) - MOREAU Zoé", 240m)], quote.RentalLines.Select(l => (l.Label, l.Amount)));
        Assert.Equal(530m, quote.TuitionTotal);
        Assert.Equal(770m, quote.Total);
    }

    [Fact]
    public void A_rented_instrument_not_yet_named_is_billed_all_the_same() =>
        Assert.Equal("Location d'instrument - A",
            Assert.Single(FeeQuote.Compute(Grid(), 712, true, [new Enrolee("A", [TariffCategory.Dance], RentedInstrument: "")]).RentalLines).Label);

    [Fact]
    public void A_child_with_two_categories_has_one_line_each()
    {
        var quote = FeeQuote.Compute(Grid(), 712, isResident: true, [Child("A", TariffCategory.Dance, TariffCategory.FullCursus)]);

        Assert.Equal(["Frais de dossier", "Cursus complet - A (tranche 4)", "Danse - A (tranche 4)"], quote.TuitionLines.Select(l => l.Label));
        Assert.Equal(20m + 201m + 138m, quote.Total);
    }

    [Fact]
    public void The_second_child_gets_10_percent_off_and_the_third_20_percent_the_dearest_paying_in_full()
    {
        var quote = FeeQuote.Compute(Grid(), 712, isResident: true,
        [
            Child("Dance", TariffCategory.Dance),
            Child("Cursus", TariffCategory.FullCursus),
            Child("FM", TariffCategory.MusicTheoryOnly),
        ]);

        // Bracket 4: cursus 201 (first, in full), dance 138 (second, -13.80), FM 90.50 (third, -18.10).
        Assert.Equal(
            [
                ("Frais de dossier", 20m),
                ("Danse - Dance (tranche 4)", 138m),
                ("Réduction 2e enfant (10 %) - Dance", -13.80m),
                ("Cursus complet - Cursus (tranche 4)", 201m),
                ("Formation musicale seule - FM (tranche 4)", 90.50m),
                ("Réduction 3e enfant (20 %) - FM", -18.10m),
            ],
            quote.TuitionLines.Select(l => (l.Label, l.Amount)));
        Assert.Equal(20m + 201m + 138m - 13.80m + 90.50m - 18.10m, quote.Total);
    }

    [Fact]
    public void A_reduction_is_rounded_to_the_cent_once_half_away_from_zero()
    {
        var grid = new TariffGrid(1, 0m);
        grid.ChangeFees(0m, 10m, 10m, 0m, 0m);
        grid.AddBracket(0, null).SetAmount(TariffCategory.Dance, 100.25m, 100.25m);

        var quote = FeeQuote.Compute(grid, 0, isResident: true, [Child("A", TariffCategory.Dance), Child("B", TariffCategory.Dance)]);

        Assert.Equal(-10.03m, quote.TuitionLines[^1].Amount);
        Assert.Equal(190.47m, quote.Total);
    }

    [Fact]
    public void Among_children_paying_the_same_the_eldest_pays_in_full()
    {
        var quote = FeeQuote.Compute(Grid(), 712, isResident: true,
        [
            new Enrolee("Cadet", [TariffCategory.Dance], BirthDate: new DateOnly(2015, 1, 1)),
            new Enrolee("Aîné", [TariffCategory.Dance], BirthDate: new DateOnly(2012, 1, 1)),
        ]);

        Assert.Equal("Réduction 2e enfant (10 %) - Cadet", Assert.Single(quote.TuitionLines, l => l.Amount < 0).Label);
    }

    [Fact]
    public void A_single_child_gets_no_reduction_and_no_one_billed_means_no_file_fee()
    {
        Assert.DoesNotContain(FeeQuote.Compute(Grid(), 712, true, [Child("A", TariffCategory.Dance)]).TuitionLines, l => l.Amount < 0);
        Assert.Empty(FeeQuote.Compute(Grid(), 712, true, [Child("A")]).TuitionLines);
    }
}
