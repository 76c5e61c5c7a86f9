namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>Per-client-IP limits, in configuration section RateLimits.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimits";
    public const string Create = "create";
    public const string Lookup = "lookup";
    public const string SignIn = "signin";

    /// <summary>New assessments per client per minute (form and API).</summary>
    public int CreatePerMinute { get; set; } = 60;

    /// <summary>Result and API look-ups per client per minute: enough for real use, too few to guess tokens.</summary>
    public int LookupPerMinute { get; set; } = 600;

    /// <summary>Admin sign-in attempts per client per minute (lockout also applies per account).</summary>
    public int SignInPerMinute { get; set; } = 20;
}
