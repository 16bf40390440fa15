using System.Globalization;
using System.Security.Claims;
using Reinscription.Web.Accounts;

namespace Reinscription.Web.Audit;

public enum AuditActorKind
{
    Staff,
    Family,
    System,
}

/// <summary>Who an audit line is about: a staff member, a family, or one of the app's own jobs.</summary>
public sealed record AuditActor(AuditActorKind Kind, string? Id, string Name)
{
    public static AuditActor System(string jobName) => new(AuditActorKind.System, null, jobName);

    /// <summary>The signed-in staff member or family behind a request.</summary>
    public static AuditActor Of(ClaimsPrincipal user)
    {
        var name = user.Identity?.Name ?? "";
        if (user.StaffIdOf() is { } staffId)
        {
            return new(AuditActorKind.Staff, staffId.ToString(CultureInfo.InvariantCulture), name);
        }

        if (user.FamilyIdOf() is { } familyId)
        {
            return new(AuditActorKind.Family, familyId.ToString(CultureInfo.InvariantCulture), name);
        }

        throw new InvalidOperationException("Only a signed-in staff member or family can be audited.");
    }
}
