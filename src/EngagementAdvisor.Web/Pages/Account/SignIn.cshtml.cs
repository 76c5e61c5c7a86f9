using EngagementAdvisor.Web.Features.Admins;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Account;

public sealed class SignInModel(SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, ILogger<SignInModel> logger) : PageModel
{
    [BindProperty] public string? Email { get; set; }
    [BindProperty] public string? Password { get; set; }
    [BindProperty(SupportsGet = true)] public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    /// <summary>True when no admin exists yet, so the page explains how to create the first one.</summary>
    public bool NoAdminYet { get; private set; }

    public async Task OnGetAsync() => NoAdminYet = (await users.GetUsersInRoleAsync(AdminOptions.Role)).Count == 0;

    public async Task<IActionResult> OnPostAsync()
    {
        if (string.IsNullOrWhiteSpace(Email) || string.IsNullOrEmpty(Password))
        {
            Error = "Enter your e-mail address and password.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        // Old session data must not survive into the new one.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        var result = await signIn.PasswordSignInAsync(Email.Trim(), Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            logger.LogInformation("Admin sign-in succeeded from {RemoteIp}", HttpContext.Connection.RemoteIpAddress);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor) return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = SafeReturnUrl });
        logger.LogWarning("Admin sign-in failed from {RemoteIp}; locked out: {LockedOut}", HttpContext.Connection.RemoteIpAddress, result.IsLockedOut);
        Error = result.IsLockedOut
            ? "This account is locked after too many failed attempts. Try again in 15 minutes."
            : "That e-mail address and password do not match an admin account.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    /// <summary>Only local paths: a sign-in link must not be able to send an admin to another site.</summary>
    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/admin";
}
