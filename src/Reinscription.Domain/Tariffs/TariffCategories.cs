using Reinscription.Domain.Courses;

namespace Reinscription.Domain.Tariffs;

/// <summary>How the disciplines a student follows map to the lines of the grid, and how those lines are called.</summary>
public static class TariffCategories
{
    public static readonly IReadOnlyList<TariffCategory> All = Enum.GetValues<TariffCategory>();

    public static string Label(this TariffCategory category) => category switch
    {
        TariffCategory.FullCursus => "Cursus complet",
        TariffCategory.MusicTheoryOnly => "Formation musicale seule",
        TariffCategory.InstrumentOnly => "Instrument seul",
        TariffCategory.CollectivePracticeOnly => "Pratique collective seule",
        TariffCategory.Dance => "Danse",
        TariffCategory.Drama => "Théâtre",
        TariffCategory.EarlyYears => "Éveil",
        _ => throw new ArgumentOutOfRangeException(nameof(category), category, "Unknown tariff category."),
    };

    /// <summary>
    /// The categories billed for a student following these disciplines: music is one line (a full
    /// cursus when music theory and an instrument go together, collective practice being included),
    /// dance, drama and éveil one line each.
    /// </summary>
    public static IReadOnlyList<TariffCategory> Of(IEnumerable<DisciplineKind> disciplines)
    {
        var kinds = disciplines.ToHashSet();
        var theory = kinds.Contains(DisciplineKind.MusicTheory);
        var instrument = kinds.Contains(DisciplineKind.Instrument) || kinds.Contains(DisciplineKind.Voice);
        var ensemble = kinds.Contains(DisciplineKind.Ensemble);
        List<TariffCategory> categories = [];
        if (theory && instrument)
        {
            categories.Add(TariffCategory.FullCursus);
        }
        else if (theory)
        {
            categories.Add(TariffCategory.MusicTheoryOnly);
        }
        else if (instrument)
        {
            categories.Add(TariffCategory.InstrumentOnly);
        }
        else if (ensemble)
        {
            categories.Add(TariffCategory.CollectivePracticeOnly);
        }

        if (kinds.Contains(DisciplineKind.Dance))
        {
            categories.Add(TariffCategory.Dance);
        }

        if (kinds.Contains(DisciplineKind.Drama))
        {
            categories.Add(TariffCategory.Drama);
        }

        if (kinds.Contains(DisciplineKind.EarlyYears))
        {
            categories.Add(TariffCategory.EarlyYears);
        }

        return categories;
    }
}
