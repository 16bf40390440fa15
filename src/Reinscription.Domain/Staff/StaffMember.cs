namespace Reinscription.Domain.Staff;

/// <summary>A member of a conservatory's staff (personnel), with a role on each of their sites.</summary>
public class StaffMember
{
    private readonly List<StaffSiteRole> _siteRoles = [];

    private StaffMember()
    {
    }

    public StaffMember(string email, string fullName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(email);
        ArgumentException.ThrowIfNullOrWhiteSpace(fullName);
        Email = email.Trim().ToLowerInvariant();
        FullName = fullName;
    }

    public int Id { get; private set; }

    public string Email { get; private set; } = "";

    public string FullName { get; set; } = "";

    public string? AccountId { get; set; }

    /// <summary>Set while the account is disabled: it cannot sign in and its sessions end.</summary>
    public DateTimeOffset? DisabledAt { get; private set; }

    public bool IsDisabled => DisabledAt is not null;

    public IReadOnlyCollection<StaffSiteRole> SiteRoles => _siteRoles;

    public void Grant(int siteId, StaffRole role)
    {
        _siteRoles.RemoveAll(r => r.SiteId == siteId);
        _siteRoles.Add(new StaffSiteRole(siteId, role));
    }

    public void Disable(DateTimeOffset now)
    {
        if (IsDisabled)
        {
            throw new InvalidOperationException("Ce compte est déjà désactivé.");
        }

        DisabledAt = now;
    }

    public void Enable()
    {
        if (!IsDisabled)
        {
            throw new InvalidOperationException("Ce compte est déjà actif.");
        }

        DisabledAt = null;
    }

    public bool CanAccess(int siteId) => _siteRoles.Any(r => r.SiteId == siteId);

    public bool IsAdminOf(int siteId) => _siteRoles.Any(r => r.SiteId == siteId && r.Role == StaffRole.Admin);
}
