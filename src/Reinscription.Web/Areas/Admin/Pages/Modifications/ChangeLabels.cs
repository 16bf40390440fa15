using Reinscription.Domain.Changes;

namespace Reinscription.Web.Areas.Admin.Pages.Modifications;

public static class ChangeLabels
{
    public static string Of(ChangeSubject subject, string? studentName) => subject switch
    {
        ChangeSubject.Guardian1 => "Responsable légal 1",
        ChangeSubject.Guardian2 => "Responsable légal 2",
        _ => $"Élève {studentName}",
    };
}

/// <summary>A field of the record side by side: as it is, as the family proposes it.</summary>
public sealed record ComparedField(string Label, string Current, string Proposed)
{
    public bool Changed => Current != Proposed;
}
