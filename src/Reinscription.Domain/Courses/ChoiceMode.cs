namespace Reinscription.Domain.Courses;

public enum ChoiceMode
{
    /// <summary>The family picks one of the slots that still have seats.</summary>
    FamilyChooses,

    /// <summary>The conservatory assigns it (CHAM, dance, orchestras, instruments).</summary>
    Assigned,
}
