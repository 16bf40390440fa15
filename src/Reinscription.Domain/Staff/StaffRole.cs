namespace Reinscription.Domain.Staff;

public enum StaffRole
{
    Secretariat,
    Admin,
}
