namespace Reinscription.Domain.Documents;

/// <summary>The facts about a family (and a student) that decide which requirements apply.</summary>
/// <param name="IsAdult">The student is of age today (<see cref="Families.Student.IsAdult"/>); false for the family itself.</param>
public sealed record RequirementContext(
    bool IsResident,
    bool PaysBySepa,
    bool IsHosted,
    IReadOnlySet<int> DisciplineIds,
    bool IsAdult = false,
    bool MustProvideCafAttestation = false);
