using System.Data.Common;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;
using Npgsql;
using Reinscription.Web.Accounts;
using Reinscription.Web.Areas.Admin.Pages.Familles;
using Reinscription.Web.Areas.Admin.Pages.Lancement;
using Reinscription.Web.Data;
using Reinscription.Web.Documents;
using Reinscription.Web.Email;
using Reinscription.Web.FamilyImport;
using Reinscription.Web.Metrics;
using Reinscription.Web.Pages.Bench;
using Reinscription.Web.Security;
using Reinscription.Web.Launch;
using Reinscription.Web.Rgpd;
using Reinscription.Web.Seats;
using Reinscription.Web.Validation;
using Reinscription.Web.WarmUp;

namespace Reinscription.Web;

public static class ServiceRegistration
{
    /// <summary>
    /// Every page runs the same few queries: prepared on each pooled connection, PostgreSQL plans them once
    /// instead of on every request. And the app never sets session state outside a transaction, so a
    /// connection going back to the pool needs no reset: the five reset commands Npgsql sends otherwise
    /// cost PostgreSQL as much CPU as the page's queries (bench/README.md). A connection string that sets
    /// either keyword keeps its own value.
    /// </summary>
    public static string WithPoolDefaults(string connectionString)
    {
        var written = new DbConnectionStringBuilder { ConnectionString = connectionString }.Keys
            .Cast<string>().Select(key => key.Replace(" ", "", StringComparison.Ordinal)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (!written.Contains("MaxAutoPrepare"))
        {
            builder.MaxAutoPrepare = 64;
        }

        if (!written.Contains("NoResetOnClose"))
        {
            builder.NoResetOnClose = true;
        }

        return builder.ConnectionString;
    }

    public static IServiceCollection AddReinscription(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Reinscription")
            ?? throw new InvalidOperationException(
                "Set the PostgreSQL connection string ConnectionStrings__Reinscription (scripts/run does it for you).");

        services.AddSingleton(TimeProvider.System);
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));
        services.Configure<WaitlistOptions>(configuration.GetSection(WaitlistOptions.Section));

        services.AddDbContextPool<ReinscriptionDbContext>(options => options.UseNpgsql(WithPoolDefaults(connectionString)));

        services.AddAccounts(configuration);
        services.AddHostedService<OutboxSender>();
        services.AddScoped<DocumentUploads>();
        services.AddOptions<AntivirusOptions>()
            .Bind(configuration.GetSection(AntivirusOptions.Section))
            .Validate(o => string.IsNullOrWhiteSpace(o.Clamd) || o.Endpoint() is not null,
                "Antivirus:Clamd must read unix:/path/to/clamd.sock or tcp://host:port.")
            .ValidateOnStart();
        services.AddSingleton<ClamdScanner>();
        services.AddScoped<FamilyCreation>();
        services.AddScoped<FamilyImporter>();
        services.AddScoped<LaunchMailer>();
        services.AddScoped<FirstPasswords>();
        services.AddScoped<FamilyDataExport>();
        services.AddScoped<FamilyPurge>();
        services.Configure<RgpdOptions>(configuration.GetSection(RgpdOptions.Section));
        if (configuration.GetValue(RgpdOptions.Section + ":" + nameof(RgpdOptions.NightlyPurge), true))
        {
            services.AddHostedService<NightlyPurge>();
        }
        services.AddScoped<Billing.InvoiceGeneration>();

        services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, CookieHardening>();
        services.AddSingleton<IConfigureOptions<AntiforgeryOptions>, CookieHardening>();
        services.AddSingleton<IConfigureOptions<CookieTempDataProviderOptions>, CookieHardening>();

        // Sent outside Development only (UseReinscription), and by ASP.NET Core never to localhost.
        services.AddHsts(options =>
        {
            options.MaxAge = TimeSpan.FromDays(365);
            options.IncludeSubDomains = true;
        });
        services.AddScoped<RequestSeats>();
        services.AddScoped<FamilySeats>();
        services.AddScoped<CourseSeats>();
        services.AddHostedService<OfferExpiry>();

        // Keys in PostgreSQL: every app instance behind a load balancer reads the others' cookies;
        // encrypted with a certificate, a copy of the database alone forges no cookie.
        services.AddDataProtection()
            .SetApplicationName("Reinscription")
            .PersistKeysToDbContext<ReinscriptionDbContext>()
            .ProtectKeysWithConfiguredCertificate(configuration);
        services.AddForwardedHeadersFromProxies(configuration);

        services.AddReinscriptionMetrics(configuration);

        var healthChecks = services.AddHealthChecks()
            .AddDbContextCheck<ReinscriptionDbContext>("postgresql")
            .AddCheck<AntivirusHealthCheck>(AntivirusHealthCheck.Name);

        // Off by default: at the load measured so far it bought nothing and delayed /health (decision record 071).
        if (configuration.GetValue<bool>("WarmUp:Enabled"))
        {
            services.AddSingleton<SelfWarmUp>();
            services.AddHostedService(provider => provider.GetRequiredService<SelfWarmUp>());
            healthChecks.AddCheck<SelfWarmUp>(SelfWarmUp.Name);
        }

        // French pages: write "é" as is rather than as "&#xE9;".
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddValidatorsFromAssemblyContaining<PortalOptions>();
        services.AddFluentValidationClientsideAdapters();

        services.AddRazorPages(options =>
        {
            // Deny by default: every page is for a signed-in family unless said otherwise here.
            options.Conventions.AuthorizeFolder("/", AppClaims.FamilyPolicy);
            options.Conventions.AllowAnonymousToPage("/Index");
            options.Conventions.AllowAnonymousToPage("/Erreur");
            options.Conventions.AllowAnonymousToPage("/Error");
            options.Conventions.AllowAnonymousToPage("/Accessibilite");
            options.Conventions.AllowAnonymousToPage("/MentionsLegales");
            options.Conventions.AllowAnonymousToFolder("/Simulateur");
            options.Conventions.AllowAnonymousToPage("/Deconnexion");
            options.Conventions.AllowAnonymousToFolder("/Connexion");
            options.Conventions.AllowAnonymousToFolder("/Personnel");
            options.Conventions.AuthorizeAreaFolder("Admin", "/", AppClaims.StaffPolicy);

            // The benchmark's baseline page exists only in a benchmark run; elsewhere it has no route (404).
            if (configuration.GetValue<bool>(FortunesModel.EnabledKey))
            {
                options.Conventions.AllowAnonymousToPage("/Bench/Fortunes");
            }
            else
            {
                options.Conventions.AddPageRouteModelConvention("/Bench/Fortunes", model => model.Selectors.Clear());
            }
        }).AddMvcOptions(options =>
        {
            // FluentValidation validators say what is required, in French; no implicit English rules.
            options.SuppressImplicitRequiredAttributeForNonNullableReferenceTypes = true;
            FrenchBindingMessages.Apply(options.ModelBindingMessageProvider);
            options.ModelMetadataDetailsProviders.Add(new EmptyStringsStayEmpty());
        });
        return services;
    }

    public static WebApplication UseReinscription(this WebApplication app)
    {
        // First: the client's address (rate limits), scheme (links, HSTS, Secure cookies) come from the proxy.
        app.UseForwardedHeaders();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        // Inside the exception handler, so that a database outage is a 503 and not the 500 error page.
        app.UseMiddleware<DatabaseUnavailable>();
        app.UseStatusCodePagesWithReExecute("/Erreur/{0}");
        app.UseMetricsAccess();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseRateLimiter();

        app.MapHealthChecks("/health", new HealthCheckOptions { ResponseWriter = HealthReportText.WriteAsync });
        app.MapReinscriptionMetrics();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
