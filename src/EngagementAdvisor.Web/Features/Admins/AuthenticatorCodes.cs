using System.Globalization;
using Microsoft.AspNetCore.Identity;

namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>
/// Identity accepts an authenticator code for several 30-second steps; each code is let in once, whether it turns
/// two-factor on or signs in. The last code used is kept with the account (not in memory), so every instance refuses it.
/// </summary>
public sealed class AuthenticatorCodes(UserManager<IdentityUser> users, TimeProvider clock)
{
    private const string LoginProvider = "EngagementAdvisor";
    private const string LastCodeName = "LastAuthenticatorCode";

    // Longer than Identity's window of accepted steps (the current one and two either side).
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(3);

    public async Task<bool> UsedAlreadyAsync(IdentityUser user, string code) =>
        await users.GetAuthenticationTokenAsync(user, LoginProvider, LastCodeName) is { } last
        && last.Split('|') is [var usedCode, var usedAt]
        && usedCode == code
        && long.TryParse(usedAt, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && clock.GetUtcNow() - DateTimeOffset.FromUnixTimeSeconds(seconds) < CodeLifetime;

    public async Task RememberAsync(IdentityUser user, string code) =>
        await users.SetAuthenticationTokenAsync(user, LoginProvider, LastCodeName,
            $"{code}|{clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
}
