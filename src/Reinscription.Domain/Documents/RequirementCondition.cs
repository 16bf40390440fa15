namespace Reinscription.Domain.Documents;

public enum RequirementCondition
{
    Always,
    ResidentsOnly,

    /// <summary>"facultatif": offered, never missing.</summary>
    Optional,

    /// <summary>Only for students of one discipline, e.g. the dance medical certificate.</summary>
    Discipline,
    SepaPayment,

    /// <summary>Hosted families ("si justifié").</summary>
    Hosted,

    /// <summary>Families living outside the territory, e.g. a proof of the conservatory of their own town.</summary>
    NonResidentsOnly,

    /// <summary>Only for a student of age ("élève majeur"), who gives their own identity proof (manual 002).</summary>
    StudentOfAge,

    /// <summary>
    /// The CAF attestation: offered to residents ("si vous en bénéficiez"), and owed by any family with
    /// at least two children under 20.
    /// </summary>
    CafRule,
}
