using EngagementAdvisor.Web.Features.Admins;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Account;

/// <summary>
/// Sets up TOTP with an authenticator app: shows a QR code of the authenticator link, the shared key and the link
/// itself, and enables 2FA once a code verifies.
/// </summary>
[Authorize(Policy = Features.Admins.AdminOptions.Policy)]
public sealed class TwoFactorModel(UserManager<IdentityUser> users, SignInManager<IdentityUser> signIn, AuthenticatorCodes codes) : PageModel
{
    public string SharedKey { get; private set; } = "";
    /// <summary>The key in blocks of four, to read aloud or type without losing one's place; apps ignore the spaces.</summary>
    public string SharedKeyInBlocks => string.Join(' ', SharedKey.Chunk(4).Select(block => new string(block)));
    public string AuthenticatorUri { get; private set; } = "";
    public Infrastructure.QrCode? QrCode { get; private set; }
    public bool Enabled { get; private set; }
    public string? Error { get; private set; }
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public bool Required { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        await LoadAsync();
        return Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var user = await users.GetUserAsync(User);
        if (user is null) return Challenge();
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal);
        if (await codes.UsedAlreadyAsync(user, code) || !await users.VerifyTwoFactorTokenAsync(user, users.Options.Tokens.AuthenticatorTokenProvider, code))
        {
            Error = "That code is not valid. Check the time on your phone and enter the current code.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            await LoadAsync();
            return Page();
        }
        await codes.RememberAsync(user, code);
        await users.SetTwoFactorEnabledAsync(user, true);
        await signIn.RefreshSignInAsync(user);
        return Redirect("/admin");
    }

    private async Task LoadAsync()
    {
        var user = await users.GetUserAsync(User) ?? throw new InvalidOperationException("Signed-in user not found.");
        Enabled = await users.GetTwoFactorEnabledAsync(user);
        var key = await users.GetAuthenticatorKeyAsync(user);
        if (string.IsNullOrEmpty(key))
        {
            await users.ResetAuthenticatorKeyAsync(user);
            // A new key changes the security stamp; re-issue the cookie or this very session would end.
            await signIn.RefreshSignInAsync(user);
            key = await users.GetAuthenticatorKeyAsync(user);
        }
        SharedKey = key!;
        var email = Uri.EscapeDataString(await users.GetEmailAsync(user) ?? "admin");
        AuthenticatorUri = $"otpauth://totp/EngagementAdvisor:{email}?secret={SharedKey}&issuer=EngagementAdvisor&digits=6";
        QrCode = Enabled ? null : Infrastructure.QrCode.For(AuthenticatorUri);
    }
}
