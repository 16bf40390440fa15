using Reinscription.Domain.Courses;
using Reinscription.Domain.Tariffs;

namespace Reinscription.Domain.Tests.Tariffs;

public class TariffCategoriesTests
{
    [Theory]
    [InlineData(new[] { DisciplineKind.MusicTheory, DisciplineKind.Instrument, DisciplineKind.Ensemble }, new[] { TariffCategory.FullCursus })]
    [InlineData(new[] { DisciplineKind.MusicTheory, DisciplineKind.Voice }, new[] { TariffCategory.FullCursus })]
    [InlineData(new[] { DisciplineKind.MusicTheory }, new[] { TariffCategory.MusicTheoryOnly })]
    [InlineData(new[] { DisciplineKind.MusicTheory, DisciplineKind.Ensemble }, new[] { TariffCategory.MusicTheoryOnly })]
    [InlineData(new[] { DisciplineKind.Instrument, DisciplineKind.Ensemble }, new[] { TariffCategory.InstrumentOnly })]
    [InlineData(new[] { DisciplineKind.Ensemble }, new[] { TariffCategory.CollectivePracticeOnly })]
    [InlineData(new[] { DisciplineKind.Dance }, new[] { TariffCategory.Dance })]
    [InlineData(new[] { DisciplineKind.Drama, DisciplineKind.Dance }, new[] { TariffCategory.Dance, TariffCategory.Drama })]
    [InlineData(new[] { DisciplineKind.EarlyYears }, new[] { TariffCategory.EarlyYears })]
    [InlineData(new[] { DisciplineKind.MusicTheory, DisciplineKind.Instrument, DisciplineKind.Dance }, new[] { TariffCategory.FullCursus, TariffCategory.Dance })]
    [InlineData(new DisciplineKind[0], new TariffCategory[0])]
    public void Music_is_one_line_and_dance_drama_and_eveil_one_each(DisciplineKind[] disciplines, TariffCategory[] expected) =>
        Assert.Equal(expected, TariffCategories.Of(disciplines));

    [Fact]
    public void Every_category_has_a_french_label() =>
        Assert.Equal(
            ["Cursus complet", "Formation musicale seule", "Instrument seul", "Pratique collective seule", "Danse", "Théâtre", "Éveil"],
            TariffCategories.All.Select(c => c.Label()));
}
