using EngagementAdvisor.Web.Features.Admins;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Account;

public sealed class SignInTwoFactorModel(SignInManager<IdentityUser> signIn, AuthenticatorCodes codes) : PageModel
{
    [BindProperty] public string? Code { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync() =>
        await signIn.GetTwoFactorAuthenticationUserAsync() is null ? Redirect("/account/signin") : Page();

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is not { } user) return Redirect("/account/signin");
        var code = (Code ?? "").Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (await codes.UsedAlreadyAsync(user, code))
        {
            Error = "That code has already been used. Wait for the next code in your authenticator app.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, isPersistent: false, rememberClient: false);
        if (result.Succeeded)
        {
            await codes.RememberAsync(user, code);
            return LocalRedirect(ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/admin");
        }
        Error = result.IsLockedOut ? "This account is locked after too many failed attempts." : "That code is not valid. Enter the current 6-digit code from your authenticator app.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
