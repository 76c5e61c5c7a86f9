using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>When two-factor is required, admins without an authenticator are sent to set one up first.</summary>
/// <remarks>
/// The filter runs on every page, so the user manager (and with it a DbContext) is resolved only on admin pages:
/// taking it as a constructor argument cost every public page a database context (docs/performance.md).
/// </remarks>
public sealed class RequireTwoFactorFilter(IOptions<AdminOptions> options) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public async Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var isAdminPage = context.ActionDescriptor.ViewEnginePath.StartsWith("/Admin/", StringComparison.Ordinal);
        if (isAdminPage && options.Value.RequireTwoFactor
            && context.HttpContext.RequestServices.GetRequiredService<UserManager<IdentityUser>>() is var users
            && await users.GetUserAsync(context.HttpContext.User) is { } user
            && !await users.GetTwoFactorEnabledAsync(user))
        {
            context.Result = new Microsoft.AspNetCore.Mvc.RedirectResult("/account/two-factor?required=1");
            return;
        }
        await next();
    }
}
