namespace Reinscription.Domain.Sites;

/// <summary>Which password rule a site applies to its families.</summary>
public enum PasswordRule
{
    /// <summary>OWASP ASVS 5.0 (V6.2): long passwords, no composition rule, common passwords refused.</summary>
    Recommended = 0,

    /// <summary>The rule of the manuals (8 to 16 characters, upper case, lower case and digit), kept for the sites that use it.</summary>
    Classic = 1,
}
