using Reinscription.Domain.Sites;

namespace Reinscription.Domain.Tests.Sites;

public class SiteTests
{
    private static Site Meudon() => new("Meudon", "Conservatoire de Meudon");

    [Fact]
    public void A_new_site_has_the_default_password_policy_every_format_and_2_MiB_uploads()
    {
        var site = Meudon();

        Assert.Equal("Meudon", site.Name);
        Assert.Equal("Conservatoire de Meudon", site.ConservatoryName);
        Assert.Equal(PasswordPolicy.Default, site.PasswordPolicy);
        Assert.Equal(UploadFormats.Pdf | UploadFormats.Jpeg | UploadFormats.Png, site.AcceptedUploadFormats);
        Assert.Equal(2 * 1024 * 1024, site.MaxUploadBytes);
    }

    [Theory]
    [InlineData("", "Conservatoire")]
    [InlineData(" ", "Conservatoire")]
    [InlineData("Meudon", "")]
    public void A_site_needs_a_name_and_a_conservatory_name(string name, string conservatoryName) =>
        Assert.ThrowsAny<ArgumentException>(() => new Site(name, conservatoryName));

    [Fact]
    public void A_site_on_the_classic_rule_may_allow_passwords_up_to_20_characters()
    {
        var site = Meudon();

        site.ChangePasswordPolicy(PasswordPolicy.Classic(8, 20));

        Assert.Equal(20, site.PasswordPolicy.MaxLength);
        Assert.Empty(site.PasswordPolicy.Check("Abcdefghijklmnopqr12"));
    }

    [Fact]
    public void A_site_may_restrict_uploads_to_PDF_and_lower_the_size_limit()
    {
        var site = Meudon();

        site.ChangeUploadRules(UploadFormats.Pdf, 500_000);

        Assert.Equal(UploadFormats.Pdf, site.AcceptedUploadFormats);
        Assert.Equal(500_000, site.MaxUploadBytes);
    }

    [Fact]
    public void A_site_must_accept_at_least_one_format()
    {
        var site = Meudon();

        var error = Assert.Throws<ArgumentException>(() => site.ChangeUploadRules(UploadFormats.None, 1000));

        Assert.Equal("formats", error.ParamName);
        Assert.Equal(UploadFormats.All, site.AcceptedUploadFormats);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void The_upload_size_limit_must_be_positive(int maxBytes)
    {
        var site = Meudon();

        Assert.Throws<ArgumentOutOfRangeException>(() => site.ChangeUploadRules(UploadFormats.Pdf, maxBytes));
        Assert.Equal(Site.DefaultMaxUploadBytes, site.MaxUploadBytes);
    }

    [Fact]
    public void Staff_change_the_details_shown_to_families()
    {
        var site = Meudon();

        site.ChangeDetails(
            "Conservatoire Marcel Dupré",
            new SiteContact("7 boulevard des Nations-Unies", "92190", "Meudon", "01 46 29 32 96", "conservatoire@example.org"),
            "Bienvenue",
            "Vos données",
            "Accessibilité");

        Assert.Equal("Conservatoire Marcel Dupré", site.ConservatoryName);
        Assert.Equal("92190", site.PostalCode);
        Assert.Equal("conservatoire@example.org", site.Email);
        Assert.Equal("Bienvenue", site.WelcomeText);
        Assert.Equal("Accessibilité", site.AccessibilityStatement);
        Assert.Equal("Meudon", site.Name);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void A_site_keeps_its_conservatory_name(string blank)
    {
        var site = Meudon();

        Assert.ThrowsAny<ArgumentException>(() =>
            site.ChangeDetails(blank, new SiteContact("", "", "", "", ""), "", "", ""));
        Assert.Equal("Conservatoire de Meudon", site.ConservatoryName);
    }

    [Fact]
    public void Waiting_list_offers_last_48_hours_unless_the_site_says_otherwise()
    {
        var site = Meudon();
        Assert.Equal(TimeSpan.FromHours(48), site.OfferLifetime);

        site.ChangeOfferLifetime(72);

        Assert.Equal(72, site.OfferLifetimeHours);
        Assert.Throws<ArgumentOutOfRangeException>(() => site.ChangeOfferLifetime(0));
        Assert.Throws<ArgumentOutOfRangeException>(() => site.ChangeOfferLifetime(Site.LongestOfferLifetimeHours + 1));
        Assert.Equal(72, site.OfferLifetimeHours);
    }
}
