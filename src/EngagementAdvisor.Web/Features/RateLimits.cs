using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EngagementAdvisor.Web.Features;

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

public static class RateLimits
{
    public static IServiceCollection AddAdvisorRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var options = configuration.GetSection(RateLimitOptions.Section).Get<RateLimitOptions>() ?? new RateLimitOptions();
        services.AddRateLimiter(limiter =>
        {
            // 429 with Retry-After rather than the framework's default 503.
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.OnRejected = (context, _) =>
            {
                var retryAfter = context.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
                context.HttpContext.Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
                return ValueTask.CompletedTask;
            };
            // One limiter chooses by what the request does, so only creating, looking up and signing in count.
            limiter.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (kind, limit) = Classify(context.Request, options);
                return kind is null
                    ? RateLimitPartition.GetNoLimiter("none")
                    : PerClient($"{kind}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", limit);
            });
        });
        return services;
    }

    internal static (string? Kind, int Limit) Classify(HttpRequest request, RateLimitOptions options)
    {
        var path = request.Path;
        if (HttpMethods.IsPost(request.Method))
        {
            if (path.StartsWithSegments("/assess") || path.StartsWithSegments("/api/assessments")) return (RateLimitOptions.Create, options.CreatePerMinute);
            if (path.StartsWithSegments("/account/signin")) return (RateLimitOptions.SignIn, options.SignInPerMinute);
        }
        else if (path.StartsWithSegments("/r") || path.StartsWithSegments("/api/assessments") || path.StartsWithSegments("/compare"))
        {
            return (RateLimitOptions.Lookup, options.LookupPerMinute);
        }
        return (null, 0);
    }

    private static RateLimitPartition<string> PerClient(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
