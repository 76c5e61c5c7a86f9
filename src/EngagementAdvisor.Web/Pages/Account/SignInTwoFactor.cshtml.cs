using System.Globalization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Account;

public sealed class SignInTwoFactorModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, TimeProvider clock) : PageModel
{
    // Identity accepts an authenticator code for several 30-second steps; each is let in once. The last code used is
    // kept with the account (not in memory), so every instance refuses it.
    private const string LoginProvider = "EngagementAdvisor";
    private const string LastCodeName = "LastAuthenticatorCode";
    private static readonly TimeSpan CodeLifetime = TimeSpan.FromMinutes(3);

    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/signin") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return Redirect("/account/signin");
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        var now = clock.GetUtcNow();
        if (await UsedAlreadyAsync(user, code, now))
        {
            Error = "That code has already been used. Wait for the next code in your authenticator app.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await users.SetAuthenticationTokenAsync(user, LoginProvider, LastCodeName, $"{code}|{now.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture)}");
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/admin");
        }
        Error = result.IsLockedOut ? "This account is locked after too many failed attempts." : "That code is not valid. Enter the current 6-digit code from your authenticator app.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private async Task<bool> UsedAlreadyAsync(IdentityUser user, string code, DateTimeOffset now) =>
        await users.GetAuthenticationTokenAsync(user, LoginProvider, LastCodeName) is { } last
        && last.Split('|') is [var usedCode, var usedAt]
        && usedCode == code
        && long.TryParse(usedAt, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
        && now - DateTimeOffset.FromUnixTimeSeconds(seconds) < CodeLifetime;
}
