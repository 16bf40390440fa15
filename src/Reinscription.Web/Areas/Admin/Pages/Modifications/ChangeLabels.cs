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
