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

    /// <summary>A family acting without a session (a link from an e-mail), named as its signed-in requests are.</summary>
    public static AuditActor Family(int familyId, int siteId, string identifier) =>
        new(AuditActorKind.Family, familyId.ToString(CultureInfo.InvariantCulture), AppUser.FamilyUserName(siteId, identifier));

    /// <summary>How the journal names the person: a family by its identifier, staff by e-mail, a job by its name.</summary>
    public string DisplayName => Kind switch
    {
        AuditActorKind.Family => "Famille " + FamilyIdentifier(Name),
        AuditActorKind.System => "Traitement automatique : " + Name,
        _ => Name,
    };

    /// <summary>"famille.3.dupont1" (the account's user name) reads "dupont1".</summary>
    private static string FamilyIdentifier(string userName)
    {
        var parts = userName.Split('.', 3);
        return parts.Length == 3 && parts[0] == "famille" ? parts[2] : userName;
    }

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
