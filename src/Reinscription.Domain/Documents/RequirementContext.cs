namespace Reinscription.Domain.Documents;

/// <summary>The facts about a family (and a student) that decide which requirements apply.</summary>
public sealed record RequirementContext(
    bool IsResident,
    bool PaysBySepa,
    bool IsHosted,
    IReadOnlySet<int> DisciplineIds,
    bool MustProvideCafAttestation = false);
