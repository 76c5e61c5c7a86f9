namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>The admins' settings, in configuration section Admin.</summary>
public sealed class AdminOptions
{
    public const string Section = "Admin";
    public const string Role = "Admin";
    public const string Policy = "Admin";

    /// <summary>The first admin's e-mail; with <see cref="Password"/>, creates that admin at start-up when none exists.</summary>
    public string? Email { get; set; }

    /// <summary>Never has a default: an unset password means no admin is created.</summary>
    public string? Password { get; set; }

    /// <summary>When true, admins must set up an authenticator app before they can use the admin pages.</summary>
    public bool RequireTwoFactor { get; set; }
}
