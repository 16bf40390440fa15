using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>The real app, configured the way an operator would: through settings, never by swapping services.</summary>
public sealed class ReinscriptionFactory(
    string connectionString,
    int smtpPort,
    IReadOnlyDictionary<string, string>? settings = null,
    string environment = "Testing") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Reinscription", connectionString);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseTls", "false");
        builder.UseSetting("Smtp:PollMilliseconds", "200");
        builder.UseSetting("Waitlist:PollMilliseconds", "200");

        // What every deployment outside Development must set (README, "Déploiement").
        builder.UseSetting("Portal:PublicBaseUrl", "https://localhost");
        builder.UseSetting("DataProtection:CertificatePath", TestCertificate.Path);
        builder.UseSetting("DataProtection:CertificatePassword", TestCertificate.Password);

        // Every test shares one client address: only the rate-limit test runs with a real limit.
        builder.UseSetting("RateLimits:SignInPerMinute", "100000");

        // Tests run the purge themselves, at the moment they choose, never behind another test's back.
        builder.UseSetting("Rgpd:NightlyPurge", "false");

        // A scrape right after a change sees it: the seats and the outbox are read again on each scrape.
        builder.UseSetting("Metrics:DatabaseReadMilliseconds", "0");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed so tests can assert them.</summary>
    /// <remarks>HTTPS, because the session cookie is Secure and would not travel over plain HTTP.</remarks>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
        BaseAddress = new Uri("https://localhost"),
    });
}
