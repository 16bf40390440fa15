using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

public class TariffBracketTests
{
    private static TariffBracket FirstBracket() => new TariffGrid(1, 45m).AddBracket(0, 400);

    [Theory]
    [InlineData(0, true)]
    [InlineData(400, true)]
    [InlineData(401, false)]
    [InlineData(-1, false)]
    public void A_bracket_contains_the_quotients_between_its_bounds_inclusive(int quotient, bool contained) =>
        Assert.Equal(contained, FirstBracket().Contains(quotient));

    [Fact]
    public void The_open_ended_bracket_contains_every_higher_quotient()
    {
        var grid = new TariffGrid(1, 45m);
        grid.AddBracket(0, 400);
        var top = grid.AddBracket(401, null);

        Assert.True(top.Contains(401));
        Assert.True(top.Contains(int.MaxValue));
        Assert.False(top.Contains(400));
    }

    [Fact]
    public void Setting_an_amount_again_replaces_it()
    {
        var bracket = FirstBracket();
        bracket.SetAmount(TariffCategory.Dance, 90m, 180m);

        bracket.SetAmount(TariffCategory.Dance, 95m, 190m);

        var amount = Assert.Single(bracket.Amounts);
        Assert.Equal((TariffCategory.Dance, 95m, 190m), (amount.Category, amount.ResidentAmount, amount.NonResidentAmount));
        Assert.Equal(95m, bracket.AmountFor(TariffCategory.Dance, isResident: true));
        Assert.Equal(190m, bracket.AmountFor(TariffCategory.Dance, isResident: false));
    }

    [Fact]
    public void Each_category_has_its_own_amount()
    {
        var bracket = FirstBracket();
        bracket.SetAmount(TariffCategory.Dance, 90m, 180m);
        bracket.SetAmount(TariffCategory.Drama, 70m, 140m);

        Assert.Equal(2, bracket.Amounts.Count);
        Assert.Equal(70m, bracket.AmountFor(TariffCategory.Drama, isResident: true));
        Assert.Equal(180m, bracket.AmountFor(TariffCategory.Dance, isResident: false));
    }

    [Fact]
    public void A_free_tariff_is_allowed()
    {
        var bracket = FirstBracket();

        bracket.SetAmount(TariffCategory.CollectivePracticeOnly, 0m, 0m);

        Assert.Equal(0m, bracket.AmountFor(TariffCategory.CollectivePracticeOnly, isResident: true));
    }

    [Theory]
    [InlineData(-1, 10)]
    [InlineData(10, -1)]
    public void A_negative_amount_is_refused(int resident, int nonResident)
    {
        var bracket = FirstBracket();

        Assert.Throws<ArgumentOutOfRangeException>(() => bracket.SetAmount(TariffCategory.Dance, resident, nonResident));
        Assert.Empty(bracket.Amounts);
    }
}
