namespace Reinscription.Domain.Courses;

public enum DisciplineKind
{
    MusicTheory,
    Instrument,
    Ensemble,
    Voice,
    Dance,
    Drama,

    /// <summary>Éveil musical or éveil à la danse, for the youngest.</summary>
    EarlyYears,
}
