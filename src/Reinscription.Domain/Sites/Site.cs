namespace Reinscription.Domain.Sites;

/// <summary>A conservatory of the territory: what parents pick on the login page.</summary>
public class Site
{
    private Site()
    {
    }

    public Site(string name, string conservatoryName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        ArgumentException.ThrowIfNullOrWhiteSpace(conservatoryName);
        Name = name;
        ConservatoryName = conservatoryName;
    }

    public int Id { get; private set; }

    /// <summary>The town as shown in the site list, e.g. "Meudon".</summary>
    public string Name { get; set; } = "";

    public string ConservatoryName { get; set; } = "";

    public string Address { get; set; } = "";

    public string PostalCode { get; set; } = "";

    public string Town { get; set; } = "";

    public string Phone { get; set; } = "";

    public string Email { get; set; } = "";

    public string WelcomeText { get; set; } = "";

    public string PrivacyNotice { get; set; } = "";

    public string AccessibilityStatement { get; set; } = "";

    /// <summary>Identifiant créancier SEPA (ICS) the site's direct debits are collected under.</summary>
    public string CreditorIdentifier { get; set; } = "";

    /// <summary>The account the direct debits are paid into (electronic form).</summary>
    public string CreditorIban { get; set; } = "";

    public PasswordPolicy PasswordPolicy { get; private set; } = PasswordPolicy.Default;

    public UploadFormats AcceptedUploadFormats { get; private set; } = UploadFormats.All;

    public int MaxUploadBytes { get; private set; } = DefaultMaxUploadBytes;

    public const int DefaultMaxUploadBytes = 2 * 1024 * 1024;

    public void ChangePasswordPolicy(PasswordPolicy policy) => PasswordPolicy = policy;

    public void ChangeUploadRules(UploadFormats formats, int maxBytes)
    {
        if (formats == UploadFormats.None)
        {
            throw new ArgumentException("A site must accept at least one format.", nameof(formats));
        }

        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        AcceptedUploadFormats = formats;
        MaxUploadBytes = maxBytes;
    }
}
