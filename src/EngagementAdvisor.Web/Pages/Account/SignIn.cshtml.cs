using EngagementAdvisor.Web.Features.Admins;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EngagementAdvisor.Web.Pages.Account;

public sealed class SignInModel(
    SignInManager<IdentityUser> signIn, UserManager<IdentityUser> users, SignInThrottle throttle, IPasswordHasher<IdentityUser> hasher, ILogger<SignInModel> logger)
    : PageModel
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
        var email = Email.Trim();
        var address = HttpContext.Connection.RemoteIpAddress?.ToString() ?? "unknown";
        if (throttle.WaitFor(email, address) is { } wait && wait > TimeSpan.Zero)
        {
            // Not even checked: a guess made now tells nothing, for a real account or an unknown one alike.
            logger.LogWarning("Admin sign-in throttled from {RemoteIp} for {WaitSeconds} s", HttpContext.Connection.RemoteIpAddress, Math.Ceiling(wait.TotalSeconds));
            Error = $"Too many failed attempts. Wait {Math.Ceiling(wait.TotalSeconds):0} seconds, then try again.";
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            return Page();
        }
        // Old session data must not survive into the new one.
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        // An unknown e-mail costs the same password hashing as a real one, so timing does not tell them apart.
        if (await users.FindByEmailAsync(email) is null)
        {
            hasher.VerifyHashedPassword(Unknown, UnknownHash, Password);
        }
        var result = await signIn.PasswordSignInAsync(email, Password, isPersistent: false, lockoutOnFailure: false);
        if (result.Succeeded)
        {
            throttle.Succeeded(email, address);
            logger.LogInformation("Admin sign-in succeeded from {RemoteIp}", HttpContext.Connection.RemoteIpAddress);
            return LocalRedirect(SafeReturnUrl);
        }
        if (result.RequiresTwoFactor)
        {
            throttle.Succeeded(email, address);
            return RedirectToPage("/Account/SignInTwoFactor", new { returnUrl = SafeReturnUrl });
        }
        var next = throttle.Failed(email, address);
        logger.LogWarning("Admin sign-in failed from {RemoteIp}; next attempt allowed in {WaitSeconds} s", HttpContext.Connection.RemoteIpAddress, Math.Ceiling(next.TotalSeconds));
        Error = "That e-mail address and password do not match an admin account.";
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }

    private static readonly IdentityUser Unknown = new("unknown@example.invalid");

    // A hash made once with the app's own hasher: verifying against it costs what a real account's check costs.
    private static readonly string UnknownHash = new PasswordHasher<IdentityUser>().HashPassword(Unknown, Guid.NewGuid().ToString("N"));

    /// <summary>Only local paths: a sign-in link must not be able to send an admin to another site.</summary>
    private string SafeReturnUrl => ReturnUrl is { Length: > 0 } url && Url.IsLocalUrl(url) ? url : "/admin";
}
