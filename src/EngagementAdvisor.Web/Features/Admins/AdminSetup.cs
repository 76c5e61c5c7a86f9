using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using EngagementAdvisor.Web.Data;

namespace EngagementAdvisor.Web.Features.Admins;

public static class AdminSetup
{
    public const string SignInPath = "/account/signin";

    public static IServiceCollection AddAdmins(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment)
    {
        services.Configure<AdminOptions>(configuration.GetSection(AdminOptions.Section));
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<AuthenticatorCodes>();
        services.AddIdentity<IdentityUser, IdentityRole>(o =>
            {
                // No hard lock-out that a stranger could trigger: SignInThrottle slows repeated failures instead.
                o.Lockout.AllowedForNewUsers = false;
                // Length, not composition (ASVS 2.1.9): a long passphrase such as the README's is accepted as it is.
                o.Password.RequiredLength = 12;
                o.Password.RequireDigit = false;
                o.Password.RequireLowercase = false;
                o.Password.RequireUppercase = false;
                o.Password.RequireNonAlphanumeric = false;
                o.User.RequireUniqueEmail = true;
            })
            .AddEntityFrameworkStores<AdvisorDbContext>()
            .AddDefaultTokenProviders();
        services.ConfigureApplicationCookie(o =>
        {
            o.Cookie.Name = "ea-admin";
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
            // Plain http is allowed only on a developer's machine.
            o.Cookie.SecurePolicy = environment.IsDevelopment() ? CookieSecurePolicy.SameAsRequest : CookieSecurePolicy.Always;
            o.LoginPath = SignInPath;
            o.LogoutPath = "/account/signout";
            o.ExpireTimeSpan = TimeSpan.FromMinutes(30);
            o.SlidingExpiration = true;
            // Signed in without the Admin role: a plain 403, not a redirect to a page that does not help.
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        // Every request re-checks the security stamp, so a cookie kept after sign-out no longer works.
        services.Configure<SecurityStampValidatorOptions>(o => o.ValidationInterval = TimeSpan.Zero);
        services.AddAuthorizationBuilder().AddPolicy(AdminOptions.Policy, p => p.RequireRole(AdminOptions.Role));
        return services;
    }

    public static async Task EnsureFirstAdminAsync(this IServiceProvider services)
    {
        var options = services.GetRequiredService<IOptions<AdminOptions>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger("Admins");
        await AdminAccounts.EnsureFirstAdminAsync(services, options, logger);
    }
}
