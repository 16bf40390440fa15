namespace Reinscription.Domain.Tariffs;

/// <summary>What a student follows, which decides the line of the tariff grid.</summary>
public enum TariffCategory
{
    /// <summary>Music theory with an instrument and collective practice (cursus complet).</summary>
    FullCursus,
    MusicTheoryOnly,
    InstrumentOnly,
    Dance,
    Drama,
    AdultCollectivePractice,
}
