using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

public class TariffGridTests
{
    // The eleven brackets of quotient familial: 0-400, 401-550, ..., 2001-2500, 2501 and more.
    private static readonly (int Min, int? Max)[] Bounds =
    [
        (0, 400),
        (401, 550),
        (551, 700),
        (701, 850),
        (851, 1000),
        (1001, 1200),
        (1201, 1400),
        (1401, 1700),
        (1701, 2000),
        (2001, 2500),
        (2501, null),
    ];

    private static TariffGrid ElevenBrackets()
    {
        var grid = new TariffGrid(1, 45m);
        foreach (var (min, max) in Bounds)
        {
            var bracket = grid.AddBracket(min, max);
            bracket.SetAmount(TariffCategory.FullCursus, 100m + (bracket.Number * 20m), 300m + (bracket.Number * 40m));
        }

        return grid;
    }

    [Fact]
    public void Brackets_added_one_after_the_other_are_numbered_from_1_to_11()
    {
        var grid = ElevenBrackets();

        Assert.Equal(Enumerable.Range(1, 11), grid.Brackets.Select(b => b.Number));
        Assert.Equal(45m, grid.FileFee);
        Assert.Equal(11, grid.Ceiling.Number);
        Assert.Equal(2501, grid.Ceiling.MinQuotient);
        Assert.Null(grid.Ceiling.MaxQuotient);
    }

    [Fact]
    public void A_quotient_of_712_falls_in_the_fourth_bracket()
    {
        var bracket = ElevenBrackets().BracketFor(712);

        Assert.Equal(4, bracket.Number);
        Assert.Equal(701, bracket.MinQuotient);
        Assert.Equal(850, bracket.MaxQuotient);
    }

    [Fact]
    public void An_unknown_quotient_pays_the_ceiling_bracket() =>
        Assert.Equal(11, ElevenBrackets().BracketFor(null).Number);

    [Theory]
    [InlineData(0, 1)]
    [InlineData(400, 1)]
    [InlineData(401, 2)]
    [InlineData(550, 2)]
    [InlineData(551, 3)]
    [InlineData(1000, 5)]
    [InlineData(1001, 6)]
    [InlineData(2500, 10)]
    [InlineData(2501, 11)]
    [InlineData(12_000, 11)]
    public void Both_bounds_of_a_bracket_are_inclusive(int quotient, int number) =>
        Assert.Equal(number, ElevenBrackets().BracketFor(quotient).Number);

    [Fact]
    public void The_first_bracket_must_start_at_0()
    {
        var grid = new TariffGrid(1, 45m);

        var error = Assert.Throws<ArgumentException>(() => grid.AddBracket(100, 400));

        Assert.StartsWith("La tranche suivante doit commencer au quotient 0.", error.Message, StringComparison.Ordinal);
        Assert.Empty(grid.Brackets);
    }

    [Fact]
    public void A_bracket_leaving_a_gap_is_refused()
    {
        var grid = new TariffGrid(1, 45m);
        grid.AddBracket(0, 400);

        var error = Assert.Throws<ArgumentException>(() => grid.AddBracket(450, 550));

        Assert.Equal("minQuotient", error.ParamName);
        Assert.StartsWith("La tranche suivante doit commencer au quotient 401.", error.Message, StringComparison.Ordinal);
        Assert.Single(grid.Brackets);
    }

    [Fact]
    public void A_bracket_overlapping_the_previous_one_is_refused()
    {
        var grid = new TariffGrid(1, 45m);
        grid.AddBracket(0, 400);

        var error = Assert.Throws<ArgumentException>(() => grid.AddBracket(400, 550));

        Assert.StartsWith("La tranche suivante doit commencer au quotient 401.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void No_bracket_can_follow_the_open_ended_one()
    {
        var grid = ElevenBrackets();

        var error = Assert.Throws<InvalidOperationException>(() => grid.AddBracket(2501, 3000));

        Assert.Equal("La tranche 11 est la dernière : elle n'a pas de plafond.", error.Message);
        Assert.Equal(11, grid.Brackets.Count);
    }

    [Fact]
    public void A_bracket_ending_before_it_starts_is_refused()
    {
        var grid = new TariffGrid(1, 45m);
        grid.AddBracket(0, 400);

        Assert.Throws<ArgumentOutOfRangeException>(() => grid.AddBracket(401, 300));
        Assert.Single(grid.Brackets);
    }

    [Fact]
    public void A_resident_pays_the_resident_amount_of_the_bracket()
    {
        var grid = ElevenBrackets();

        Assert.Equal(180m, grid.AmountFor(712, TariffCategory.FullCursus, isResident: true));
    }

    [Fact]
    public void A_non_resident_pays_the_non_resident_amount_of_the_bracket()
    {
        var grid = ElevenBrackets();

        Assert.Equal(460m, grid.AmountFor(712, TariffCategory.FullCursus, isResident: false));
    }

    [Fact]
    public void A_family_without_a_quotient_pays_the_ceiling_amount()
    {
        var grid = ElevenBrackets();

        Assert.Equal(320m, grid.AmountFor(null, TariffCategory.FullCursus, isResident: true));
        Assert.Equal(740m, grid.AmountFor(null, TariffCategory.FullCursus, isResident: false));
    }

    [Fact]
    public void A_category_without_a_tariff_is_reported_with_its_bracket()
    {
        var grid = ElevenBrackets();

        var error = Assert.Throws<InvalidOperationException>(() => grid.AmountFor(712, TariffCategory.Dance, isResident: true));

        Assert.Equal("La tranche 4 n'a pas de tarif pour Dance.", error.Message);
    }

    [Fact]
    public void A_grid_without_brackets_has_no_ceiling()
    {
        var grid = new TariffGrid(1, 45m);

        var error = Assert.Throws<InvalidOperationException>(() => grid.BracketFor(null));

        Assert.Equal("La grille tarifaire n'a aucune tranche.", error.Message);
    }

    [Fact]
    public void A_negative_file_fee_is_refused() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new TariffGrid(1, -1m));
}
