using System.Net;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.HttpOverrides;

namespace Reinscription.Web;

/// <summary>
/// What a real deployment behind a reverse proxy needs (README, "Déploiement"): forwarded headers
/// from the configured proxies only, links built from Portal:PublicBaseUrl, and Data Protection
/// keys encrypted at rest with a certificate. Outside Development the app refuses to start
/// without the last two.
/// </summary>
public static class Deployment
{
    public const string CertificatePathKey = "DataProtection:CertificatePath";
    public const string CertificatePasswordKey = "DataProtection:CertificatePassword";

    /// <summary>Trusts X-Forwarded-For and X-Forwarded-Proto from the configured proxies, and from no one else.</summary>
    public static IServiceCollection AddForwardedHeadersFromProxies(this IServiceCollection services, IConfiguration configuration)
    {
        var proxies = configuration.GetSection("ForwardedHeaders:KnownProxies").Get<string[]>() ?? [];
        var networks = configuration.GetSection("ForwardedHeaders:KnownNetworks").Get<string[]>() ?? [];
        services.Configure<ForwardedHeadersOptions>(options =>
        {
            options.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto;
            if (proxies.Length + networks.Length == 0)
            {
                return; // ASP.NET Core's default: a proxy on the same machine (loopback) only.
            }

            options.KnownProxies.Clear();
            options.KnownIPNetworks.Clear();
            foreach (var proxy in proxies)
            {
                options.KnownProxies.Add(IPAddress.Parse(proxy));
            }

            foreach (var network in networks)
            {
                options.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(network));
            }
        });
        return services;
    }

    /// <summary>Encrypts the key ring with the configured certificate (a PKCS #12 file), when there is one.</summary>
    public static IDataProtectionBuilder ProtectKeysWithConfiguredCertificate(this IDataProtectionBuilder builder, IConfiguration configuration)
    {
        var path = configuration[CertificatePathKey];
        if (string.IsNullOrWhiteSpace(path))
        {
            return builder;
        }

        var certificate = X509CertificateLoader.LoadPkcs12FromFile(
            path, configuration[CertificatePasswordKey], X509KeyStorageFlags.EphemeralKeySet);
        if (!certificate.HasPrivateKey)
        {
            throw new InvalidOperationException($"{CertificatePathKey} ({path}) has no private key: the keys could not be read back.");
        }

        return builder.ProtectKeysWithCertificate(certificate);
    }

    /// <summary>Stops the start-up, with what to set, when a setting that only Development may do without is missing.</summary>
    public static void VerifySettings(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        if (environment.IsDevelopment())
        {
            return;
        }

        var missing = new List<string>();
        var baseUrl = configuration[$"{PortalOptions.Section}:{nameof(PortalOptions.PublicBaseUrl)}"];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            missing.Add("Portal__PublicBaseUrl (the address families type, e.g. https://reinscriptions.example: " +
                        "the links in e-mails are built from it, never from the request's Host header)");
        }

        if (string.IsNullOrWhiteSpace(configuration[CertificatePathKey]))
        {
            missing.Add("DataProtection__CertificatePath and DataProtection__CertificatePassword (a PKCS #12 certificate " +
                        "that encrypts the Data Protection keys stored in PostgreSQL)");
        }

        if (missing.Count > 0)
        {
            throw new InvalidOperationException(
                $"The app does not start in the {environment.EnvironmentName} environment without: {string.Join("; ", missing)}. " +
                "See README.md, section \"Déploiement\".");
        }
    }
}
