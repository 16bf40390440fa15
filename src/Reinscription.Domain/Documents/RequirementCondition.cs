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
}
