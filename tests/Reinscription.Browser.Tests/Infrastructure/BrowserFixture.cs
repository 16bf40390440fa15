using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Reinscription.Web.Data;
using Reinscription.Web.Data.Demo;
using Reinscription.Web.Tests.Infrastructure;

namespace Reinscription.Browser.Tests.Infrastructure;

/// <summary>
/// One run's world: a migrated PostgreSQL database, a MailDev, the app on Kestrel on a free local
/// port, one headless Debian chromium and the HTML checker. Every journey gets its own browser
/// context (cookies, viewport) in that one browser, and starts from the demo data and an empty inbox.
/// </summary>
[SuppressMessage("Reliability", "CA1001", Justification = "xunit disposes fixtures through IAsyncLifetime.DisposeAsync.")]
public sealed class BrowserFixture : IAsyncLifetime
{
    private HtmlChecker? _html;
    private TestDatabase? _database;
    private MailCatcher? _mail;
    private ReinscriptionFactory? _factory;
    private WebApplicationFactory<Program>? _server;
    private IPlaywright? _playwright;
    private IBrowser? _browser;
    private DemoTemplate? _demo;
    private X509Certificate2? _certificate;

    /// <summary>The app as the browser reaches it: https://localhost:port.</summary>
    public Uri BaseAddress { get; private set; } = null!;

    public MailCatcher Mail => _mail ?? throw NotStarted();

    public HtmlChecker Html => _html ?? throw NotStarted();

    public IServiceProvider Services => (_server ?? throw NotStarted()).Services;

    public async Task InitializeAsync()
    {
        // The checker's JVM is the slowest to start: it warms up while everything else starts.
        _html = HtmlChecker.Start();
        _database = await TestDatabase.CreateAsync();
        _mail = await MailCatcher.StartAsync();
        // HTTPS as in production: the session and antiforgery cookies are __Host- and Secure, and
        // the app refuses to issue them over plain HTTP. The port is chosen first so that the links
        // of the app's e-mails (Portal:PublicBaseUrl) lead back to this very server.
        var port = FreePort();
        BaseAddress = new Uri($"https://localhost:{port.ToString(CultureInfo.InvariantCulture)}/");
        _factory = new ReinscriptionFactory(_database.ConnectionString, _mail.SmtpPort, new Dictionary<string, string>
        {
            ["Portal:PublicBaseUrl"] = BaseAddress.GetLeftPart(UriPartial.Authority),
        });
        // Outside Development the host serves only published static files: the build's manifest of
        // wwwroot is what `dotnet run` uses in Development, and it is what a browser needs here.
        _server = _factory.WithWebHostBuilder(builder => builder.UseStaticWebAssets());
        _certificate = LocalhostCertificate();
        _server.UseKestrel(options => options.Listen(IPAddress.Loopback, port, listen => listen.UseHttps(_certificate)));
        _server.StartServer(); // applies the migrations

        await Services.SeedDemoDataAsync(CancellationToken.None);
        _demo = await DemoTemplate.CreateAsync(_database.Name);

        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            // Debian's chromium: Playwright never downloads a browser of its own here.
            ExecutablePath = BrowserEnvironment.Chromium,
            Headless = true,
            // Root has no user namespace sandbox to give; the machine has no network for the rest.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--disable-background-networking"],
        });
    }

    /// <summary>The demo territory as the seeder left it; an empty inbox.</summary>
    public async Task ResetAsync()
    {
        await _demo!.RestoreAsync();
        await Mail.ClearAsync();
    }

    /// <summary>A new browser context at <paramref name="width"/>, its pages checked at every step.</summary>
    public async Task<Journey> OpenJourneyAsync(Width width, string name)
    {
        var context = await _browser!.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = (int)width, Height = width == Width.Phone ? 812 : 900 },
            Locale = "fr-FR",
            TimezoneId = "Europe/Paris",
            // The run's own self-signed certificate.
            IgnoreHTTPSErrors = true,
            // No transitions: a focus ring is measured as drawn, not halfway through fading in.
            ReducedMotion = ReducedMotion.Reduce,
        });
        // Long enough for a page on a busy two-core machine, short enough for a missing button to fail fast.
        context.SetDefaultTimeout(15_000);
        return await Journey.StartAsync(this, context, width, name);
    }

    /// <summary>Runs <paramref name="work"/> with a fresh DbContext of the app.</summary>
    public async Task<T> WithDbAsync<T>(Func<ReinscriptionDbContext, Task<T>> work)
    {
        await using var scope = Services.CreateAsyncScope();
        return await work(scope.ServiceProvider.GetRequiredService<ReinscriptionDbContext>());
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.DisposeAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_mail is not null)
        {
            await _mail.DisposeAsync();
        }

        if (_database is not null)
        {
            await _database.DisposeAsync();
        }

        if (_demo is not null)
        {
            await _demo.DisposeAsync();
        }

        if (_html is not null)
        {
            await _html.DisposeAsync();
        }

        _certificate?.Dispose();
    }

    private static X509Certificate2 LocalhostCertificate()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        request.CertificateExtensions.Add(names.Build());
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddDays(7));
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static InvalidOperationException NotStarted() => new("The browser fixture has not started.");
}

[CollectionDefinition(Name)]
public sealed class BrowserCollectionDefinition : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
