using System.Text.Encodings.Web;
using System.Text.Unicode;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.WebEncoders;
using Reinscription.Web.Accounts;
using Reinscription.Web.Data;
using Reinscription.Web.Email;

namespace Reinscription.Web;

public static class ServiceRegistration
{
    public static IServiceCollection AddReinscription(this IServiceCollection services, IConfiguration configuration)
    {
        var connectionString = configuration.GetConnectionString("Reinscription")
            ?? throw new InvalidOperationException(
                "Set the PostgreSQL connection string ConnectionStrings__Reinscription (scripts/run does it for you).");

        services.AddSingleton(TimeProvider.System);
        services.Configure<PortalOptions>(configuration.GetSection(PortalOptions.Section));
        services.Configure<SmtpOptions>(configuration.GetSection(SmtpOptions.Section));

        services.AddDbContextPool<ReinscriptionDbContext>(options => options.UseNpgsql(connectionString));

        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;
                options.Password.RequiredLength = 8;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = true;
                options.Password.RequireUppercase = true;
                options.Password.RequireLowercase = true;
                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ReinscriptionDbContext>()
            .AddDefaultTokenProviders();

        // Keys in PostgreSQL: every app instance behind a load balancer reads the others' cookies.
        services.AddDataProtection()
            .SetApplicationName("Reinscription")
            .PersistKeysToDbContext<ReinscriptionDbContext>();

        services.AddHealthChecks().AddDbContextCheck<ReinscriptionDbContext>("postgresql");

        // French pages: write "é" as is rather than as "&#xE9;".
        services.Configure<WebEncoderOptions>(options =>
            options.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));

        services.AddRazorPages();
        return services;
    }

    public static WebApplication UseReinscription(this WebApplication app)
    {
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/Error");
            app.UseHsts();
        }

        app.UseStatusCodePagesWithReExecute("/Erreur/{0}");
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();

        app.MapHealthChecks("/health");
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        return app;
    }
}
