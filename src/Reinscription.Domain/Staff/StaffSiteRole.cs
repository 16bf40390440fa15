namespace Reinscription.Domain.Staff;

public class StaffSiteRole
{
    private StaffSiteRole()
    {
    }

    internal StaffSiteRole(int siteId, StaffRole role)
    {
        SiteId = siteId;
        Role = role;
    }

    public int StaffMemberId { get; private set; }

    public int SiteId { get; private set; }

    public StaffRole Role { get; private set; }
}
