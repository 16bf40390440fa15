using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Reinscription.Web.Data;

namespace Reinscription.Web.Accounts;

public static class AccountRegistration
{
    /// <summary>Rate-limiter policy of the login and lost-password forms.</summary>
    public const string SignInRateLimit = "sign-in";

    public static IServiceCollection AddAccounts(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddIdentity<AppUser, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = false;

                // The site's policy (SitePasswordValidator) is the only password rule, with French reasons.
                options.Password.RequiredLength = 1;
                options.Password.RequiredUniqueChars = 1;
                options.Password.RequireNonAlphanumeric = false;
                options.Password.RequireDigit = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireLowercase = false;

                options.Lockout.MaxFailedAccessAttempts = 5;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
                options.Lockout.AllowedForNewUsers = true;
            })
            .AddEntityFrameworkStores<ReinscriptionDbContext>()
            .AddDefaultTokenProviders()
            .AddTokenProvider<StaffInvitationTokenProvider>(StaffInvitationTokenProvider.ProviderName)
            .AddErrorDescriber<FrenchIdentityErrorDescriber>()
            .AddPasswordValidator<SitePasswordValidator>()
            .AddClaimsPrincipalFactory<AppClaimsPrincipalFactory>();

        // A reset link works once (the password change renews the security stamp) and for one hour.
        services.Configure<DataProtectionTokenProviderOptions>(options =>
            options.TokenLifespan = configuration.GetValue("Accounts:ResetLinkLifetime", TimeSpan.FromHours(1)));

        services.Configure<StaffInvitationTokenProviderOptions>(options =>
            options.TokenLifespan = configuration.GetValue("Accounts:StaffInvitationLifetime", TimeSpan.FromDays(7)));

        // Other sessions learn of a password change, a new authenticator, a reset or a disabled account
        // within a minute (ASVS 7.4.3); the sessions of a changed password are also deleted at once
        // (AccountSessionQueries).
        services.Configure<SecurityStampValidatorOptions>(options =>
        {
            options.ValidationInterval = configuration.GetValue("Accounts:SessionCheckInterval", TimeSpan.FromMinutes(1));
            options.OnRefreshingPrincipal = context =>
            {
                if (context.CurrentPrincipal?.FindFirst(SecondFactor.MethodClaim) is { } method
                    && context.NewPrincipal?.Identity is System.Security.Claims.ClaimsIdentity identity
                    && !identity.HasClaim(method.Type, method.Value))
                {
                    identity.AddClaim(new System.Security.Claims.Claim(method.Type, method.Value));
                }

                return Task.CompletedTask;
            };
        });

        services.AddSingleton<TrustedDevice>();
        services.AddScoped<PasswordGate>();
        var absoluteLifetime = configuration.GetValue("Accounts:AbsoluteSessionLifetime", TimeSpan.FromHours(12));
        services.AddSingleton(provider => new DatabaseTicketStore(
            provider.GetRequiredService<IServiceScopeFactory>(), provider.GetRequiredService<TimeProvider>(), absoluteLifetime));
        services.AddOptions<CookieAuthenticationOptions>(IdentityConstants.ApplicationScheme)
            .Configure<DatabaseTicketStore>((options, store) => options.SessionStore = store);

        services.ConfigureApplicationCookie(options =>
        {
            // Sent as __Host-reinscription, Secure, outside Development: Security/CookieHardening.
            options.Cookie.Name = "reinscription";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
            options.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            options.SlidingExpiration = true;
            options.LoginPath = "/Connexion";
            options.Events.OnRedirectToLogin = context =>
            {
                var staffArea = context.Request.Path.StartsWithSegments("/Admin", StringComparison.OrdinalIgnoreCase);
                var login = staffArea ? "/Personnel/Connexion" : "/Connexion";
                context.Response.Redirect($"{login}?ReturnUrl={Uri.EscapeDataString(context.Request.Path + context.Request.QueryString)}");
                return Task.CompletedTask;
            };

            // A 403 status, not a redirect: the French error page explains it.
            options.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });

        services.AddAuthorizationBuilder()
            .AddPolicy(AppClaims.FamilyPolicy, policy => policy.RequireClaim(AppClaims.FamilyId))
            .AddPolicy(AppClaims.StaffPolicy, policy => policy
                .RequireClaim(AppClaims.StaffId)
                .RequireClaim(SecondFactor.MethodClaim, SecondFactor.MultiFactor));

        var permitsPerMinute = configuration.GetValue("RateLimits:SignInPerMinute", 20);
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.AddPolicy(SignInRateLimit, context =>
                HttpMethods.IsPost(context.Request.Method)
                    ? RateLimitPartition.GetFixedWindowLimiter(
                        context.Connection.RemoteIpAddress?.ToString() ?? "local",
                        _ => new FixedWindowRateLimiterOptions
                        {
                            PermitLimit = permitsPerMinute,
                            Window = TimeSpan.FromMinutes(1),
                            QueueLimit = 0,
                        })
                    : RateLimitPartition.GetNoLimiter("reading"));
        });

        return services;
    }
}
