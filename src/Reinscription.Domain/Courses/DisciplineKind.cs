namespace Reinscription.Domain.Courses;

public enum DisciplineKind
{
    MusicTheory,
    Instrument,
    Ensemble,
    Voice,
    Dance,
    Drama,
}
