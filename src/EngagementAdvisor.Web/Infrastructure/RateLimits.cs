using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>Per-client limits on creating, looking up and signing in: 429 with Retry-After over them.</summary>
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
