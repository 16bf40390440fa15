using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Reinscription.Web.Tests.Infrastructure;

/// <summary>The real app, configured the way an operator would: through settings, never by swapping services.</summary>
public sealed class ReinscriptionFactory(string connectionString, int smtpPort) : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("ConnectionStrings:Reinscription", connectionString);
        builder.UseSetting("Smtp:Host", "127.0.0.1");
        builder.UseSetting("Smtp:Port", smtpPort.ToString(System.Globalization.CultureInfo.InvariantCulture));
        builder.UseSetting("Smtp:UseTls", "false");
    }

    /// <summary>A browser-like client: cookies kept, redirects not followed so tests can assert them.</summary>
    public HttpClient CreateBrowser() => CreateClient(new WebApplicationFactoryClientOptions
    {
        AllowAutoRedirect = false,
        HandleCookies = true,
    });
}
