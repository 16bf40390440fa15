using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

/// <summary>Editing a year's grid: bounds that overlap or leave a gap are refused, amounts are changed in place.</summary>
public class TariffGridBoundsTests
{
    private static readonly IReadOnlyDictionary<TariffCategory, (decimal, decimal)> Amounts =
        new Dictionary<TariffCategory, (decimal, decimal)> { [TariffCategory.FullCursus] = (100m, 300m) };

    [Fact]
    public void Contiguous_bounds_from_0_to_an_open_ceiling_are_accepted() =>
        Assert.Empty(TariffGrid.CheckBounds([(0, 400), (401, 550), (551, null)]));

    [Fact]
    public void Overlapping_brackets_are_refused_on_the_second_ones_lower_bound()
    {
        var problem = Assert.Single(TariffGrid.CheckBounds([(0, 400), (400, 550), (551, null)]));

        Assert.Equal((1, BoundsField.Min), (problem.Index, problem.Field));
        Assert.Equal("La tranche 2 commence à 400 alors que la tranche 1 va jusqu'à 400 : elles se chevauchent.", problem.Message);
    }

    [Fact]
    public void A_gap_between_two_brackets_is_refused_and_named()
    {
        var problem = Assert.Single(TariffGrid.CheckBounds([(0, 400), (450, 550), (551, null)]));

        Assert.Equal((1, BoundsField.Min), (problem.Index, problem.Field));
        Assert.Equal(
            "Entre la tranche 1 (jusqu'à 400) et la tranche 2 (à partir de 450), les quotients de 401 à 449 n'ont pas de tranche.",
            problem.Message);
    }

    [Fact]
    public void The_first_bracket_starts_at_0() =>
        Assert.Equal("La tranche 1 doit commencer au quotient 0.", Assert.Single(TariffGrid.CheckBounds([(1, 400), (401, null)])).Message);

    [Fact]
    public void Only_the_last_bracket_is_open_ended()
    {
        var problems = TariffGrid.CheckBounds([(0, null), (401, 550)]);

        Assert.Contains(problems, p => p is { Index: 0, Field: BoundsField.Max });
        Assert.Contains(problems, p => p is { Index: 1, Field: BoundsField.Max }
            && p.Message.StartsWith("La dernière tranche est la tranche plafond", StringComparison.Ordinal));
    }

    [Fact]
    public void A_bracket_ending_before_it_starts_is_refused() =>
        Assert.Contains(TariffGrid.CheckBounds([(0, 400), (401, 300), (301, null)]), p => p is { Index: 1, Field: BoundsField.Max });

    [Fact]
    public void A_grid_needs_one_bracket() =>
        Assert.Single(TariffGrid.CheckBounds([]));

    [Fact]
    public void Replacing_brackets_changes_bounds_and_amounts_in_place_and_drops_the_surplus()
    {
        var grid = new TariffGrid(1, 20m);
        var first = grid.AddBracket(0, 400);
        first.SetAmount(TariffCategory.FullCursus, 66m, 720m);
        grid.AddBracket(401, 550);
        grid.AddBracket(551, null);

        grid.ReplaceBrackets([
            new BracketDraft(0, 500, new Dictionary<TariffCategory, (decimal, decimal)> { [TariffCategory.FullCursus] = (70m, 730m) }),
            new BracketDraft(501, null, Amounts),
        ]);

        Assert.Equal([(1, 0, (int?)500), (2, 501, null)], grid.BracketsInOrder.Select(b => (b.Number, b.MinQuotient, b.MaxQuotient)));
        Assert.Same(first, grid.BracketFor(0));
        Assert.Equal(70m, first.AmountFor(TariffCategory.FullCursus, isResident: true));
        Assert.Single(first.Amounts);
    }

    [Fact]
    public void Replacing_with_overlapping_brackets_changes_nothing()
    {
        var grid = new TariffGrid(1, 20m);
        grid.AddBracket(0, 400);
        grid.AddBracket(401, null);

        Assert.Throws<ArgumentException>(() => grid.ReplaceBrackets([new BracketDraft(0, 400, Amounts), new BracketDraft(300, null, Amounts)]));

        Assert.Equal([(0, (int?)400), (401, null)], grid.BracketsInOrder.Select(b => (b.MinQuotient, b.MaxQuotient)));
    }

    [Fact]
    public void Copying_a_grid_to_next_year_keeps_brackets_amounts_and_fees()
    {
        var grid = new TariffGrid(1, 20m);
        grid.ChangeFees(25m, 10m, 20m, 180m, 240m);
        grid.AddBracket(0, 400).SetAmount(TariffCategory.Dance, 48m, 510m);
        grid.AddBracket(401, null).SetAmount(TariffCategory.Dance, 78m, 510m);

        var copy = grid.CopyFor(2);

        Assert.Equal(2, copy.SchoolYearId);
        Assert.Equal((25m, 10m, 20m, 180m, 240m),
            (copy.FileFee, copy.SecondChildReductionPercent, copy.FurtherChildReductionPercent, copy.RentalResidentAmount, copy.RentalNonResidentAmount));
        Assert.Equal([48m, 78m], copy.BracketsInOrder.Select(b => b.AmountFor(TariffCategory.Dance, isResident: true)));
        Assert.NotSame(grid.Ceiling, copy.Ceiling);
    }

    [Theory]
    [InlineData(-1)]
    [InlineData(101)]
    public void A_reduction_is_a_percentage_between_0_and_100(int percent) =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TariffGrid(1, 20m).ChangeFees(20m, percent, 0m, 0m, 0m));

    [Fact]
    public void Bracket_ranges_read_the_french_way()
    {
        var grid = new TariffGrid(1, 20m);
        var first = grid.AddBracket(0, 2500);
        var top = grid.AddBracket(2501, null);

        Assert.Equal("de 0 à 2\u202f500", first.RangeLabel);
        Assert.Equal("à partir de 2\u202f501", top.RangeLabel);
    }
}
