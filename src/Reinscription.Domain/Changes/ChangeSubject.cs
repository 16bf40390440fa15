namespace Reinscription.Domain.Changes;

public enum ChangeSubject
{
    Guardian1,
    Guardian2,
    Student,
}
