namespace Reinscription.Domain.Tariffs;

/// <summary>What a student follows, which decides the line of the tariff grid.</summary>
public enum TariffCategory
{
    /// <summary>Music theory with an instrument, and collective practice if any (cursus complet).</summary>
    FullCursus,
    MusicTheoryOnly,
    InstrumentOnly,

    /// <summary>An orchestra, a choir or a band without music theory nor instrument lesson.</summary>
    CollectivePracticeOnly,
    Dance,
    Drama,

    /// <summary>Éveil: the youngest children's introduction to music or dance.</summary>
    EarlyYears,
}
