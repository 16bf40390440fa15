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
    public string Name { get; private set; } = "";

    public string ConservatoryName { get; private set; } = "";

    public string Address { get; private set; } = "";

    public string PostalCode { get; private set; } = "";

    public string Town { get; private set; } = "";

    public string Phone { get; private set; } = "";

    public string Email { get; private set; } = "";

    public string WelcomeText { get; private set; } = "";

    public string PrivacyNotice { get; private set; } = "";

    public string AccessibilityStatement { get; private set; } = "";

    /// <summary>The year's tariff grid, published by the territory; linked from the family's home and the launch e-mail.</summary>
    public string? TariffGridUrl { get; set; }

    /// <summary>The page of forms and blank documents the conservatory publishes.</summary>
    public string? FormsPageUrl { get; set; }

    /// <summary>"Mentions légales": publisher, host, data controller; shown on a public page linked from every footer.</summary>
    public string LegalNotice { get; set; } = "";

    /// <summary>Identifiant créancier SEPA (ICS) the site's direct debits are collected under.</summary>
    public string CreditorIdentifier { get; set; } = "";

    /// <summary>The account the direct debits are paid into (electronic form).</summary>
    public string CreditorIban { get; set; } = "";

    public PasswordPolicy PasswordPolicy { get; private set; } = PasswordPolicy.Default;

    public UploadFormats AcceptedUploadFormats { get; private set; } = UploadFormats.All;

    public int MaxUploadBytes { get; private set; } = DefaultMaxUploadBytes;

    public const int DefaultMaxUploadBytes = 2 * 1024 * 1024;

    public const int DefaultOfferLifetimeHours = 48;

    public const int LongestOfferLifetimeHours = 14 * 24;

    /// <summary>How long a waiting-list family has to answer the seat offered to it.</summary>
    public int OfferLifetimeHours { get; private set; } = DefaultOfferLifetimeHours;

    public TimeSpan OfferLifetime => TimeSpan.FromHours(OfferLifetimeHours);

    /// <summary>How parents reach the conservatory: on the home page, in every e-mail's footer.</summary>
    public void ChangeContact(SiteContact contact)
    {
        ArgumentNullException.ThrowIfNull(contact);
        Address = contact.Address;
        PostalCode = contact.PostalCode;
        Town = contact.Town;
        Phone = contact.Phone;
        Email = contact.Email;
    }

    /// <summary>What staff edit on "Paramètres du site"; a conservatory always keeps a name.</summary>
    public void ChangeDetails(
        string conservatoryName,
        SiteContact contact,
        string welcomeText,
        string privacyNotice,
        string accessibilityStatement)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(conservatoryName);
        ChangeContact(contact);
        ConservatoryName = conservatoryName;
        ChangeTexts(welcomeText, privacyNotice, accessibilityStatement);
    }

    /// <summary>The home page's welcome, the privacy notice and the accessibility statement.</summary>
    public void ChangeTexts(string welcomeText, string privacyNotice, string accessibilityStatement)
    {
        WelcomeText = welcomeText;
        PrivacyNotice = privacyNotice;
        AccessibilityStatement = accessibilityStatement;
    }

    public void ChangePasswordPolicy(PasswordPolicy policy) => PasswordPolicy = policy;

    public void ChangeOfferLifetime(int hours)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(hours, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(hours, LongestOfferLifetimeHours);
        OfferLifetimeHours = hours;
    }

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

/// <summary>A conservatory's postal address, phone and e-mail.</summary>
public sealed record SiteContact(string Address, string PostalCode, string Town, string Phone, string Email);
