namespace Reinscription.Domain.Documents;

public enum RequirementScope
{
    /// <summary>"Pièces à fournir - Famille".</summary>
    Family,

    /// <summary>"Pièces à fournir - Élève".</summary>
    Student,
}
