namespace Reinscription.Web;

/// <summary>What the deployment serves: one territory's conservatories.</summary>
public sealed class PortalOptions
{
    public const string Section = "Portal";

    public string TerritoryName { get; set; } = "Grand Paris Seine Ouest";

    /// <summary>Base of the links in e-mails, e.g. https://reinscriptions.example; the request's own when empty.</summary>
    public string? PublicBaseUrl { get; set; }
}
