using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>Signs in through the real sign-in form, as a person would.</summary>
public static class AdminSession
{
    public static async Task<HttpResponseMessage> SignInAsync(HttpClient client, string email, string password) =>
        await HtmlForms.SubmitAsync(client, "/account/signin", new Dictionary<string, string> { ["Email"] = email, ["Password"] = password });

    public static async Task<HttpClient> AdminAsync(AdvisorFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateSecureClient();
        using var response = await SignInAsync(client, AdvisorFactory.AdminEmail, factory.AdminPassword);
        if (response.StatusCode != System.Net.HttpStatusCode.Redirect) throw new InvalidOperationException($"Admin sign-in failed: {response.StatusCode}");
        return client;
    }

    /// <summary>A signed-in user who is not an admin.</summary>
    public static async Task<HttpClient> NonAdminAsync(AdvisorFactory factory)
    {
        ArgumentNullException.ThrowIfNull(factory);
        const string email = "someone@example.test";
        const string password = "Not-an-admin-123";
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
            if (await users.FindByEmailAsync(email) is null)
            {
                await users.CreateAsync(new IdentityUser { UserName = email, Email = email, EmailConfirmed = true }, password);
            }
        }
        var client = factory.CreateSecureClient();
        using var response = await SignInAsync(client, email, password);
        return client;
    }
}
