using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>Creates the first admin from configuration, and only when there is no admin yet.</summary>
public static class AdminAccounts
{
    public static async Task EnsureFirstAdminAsync(IServiceProvider services, AdminOptions options, ILogger logger)
    {
        ArgumentNullException.ThrowIfNull(options);
        try
        {
            await EnsureOnceAsync(services, options, logger);
        }
        catch (DbUpdateException ex) when (DatabaseErrors.IsUniqueViolation(ex))
        {
            // Another instance starting at the same moment created the role or the admin first. Look again, from a fresh
            // scope: the failed context still holds the rejected rows.
            await EnsureOnceAsync(services, options, logger);
        }
    }

    private static async Task EnsureOnceAsync(IServiceProvider services, AdminOptions options, ILogger logger)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if ((await users.GetUsersInRoleAsync(AdminOptions.Role)).Count > 0) return;
        if (string.IsNullOrWhiteSpace(options.Email) || string.IsNullOrEmpty(options.Password))
        {
            logger.LogWarning("No admin exists. Set Admin__Email and Admin__Password and restart to create the first one.");
            return;
        }
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        if (!await roles.RoleExistsAsync(AdminOptions.Role))
        {
            await roles.CreateAsync(new IdentityRole(AdminOptions.Role));
        }
        var user = await users.FindByEmailAsync(options.Email) ?? new IdentityUser { UserName = options.Email, Email = options.Email, EmailConfirmed = true };
        var created = user.Id is { Length: > 0 } && await users.FindByIdAsync(user.Id) is not null
            ? IdentityResult.Success
            : await users.CreateAsync(user, options.Password);
        if (!created.Succeeded)
        {
            logger.LogError("The first admin could not be created: {Errors}", string.Join(" ", created.Errors.Select(e => e.Description)));
            return;
        }
        await users.AddToRoleAsync(user, AdminOptions.Role);
        logger.LogInformation("Created the first admin account from configuration.");
    }
}
