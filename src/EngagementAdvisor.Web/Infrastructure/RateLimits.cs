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
            // Several instances on PostgreSQL count together there (ADR 0023); one instance counts in memory.
            if (Data.Setup.DatabaseRegistration.ProviderOf(configuration) == Data.Setup.DatabaseProvider.Postgres)
            {
                limiter.GlobalLimiter = new SharedWindowLimiter(configuration.GetConnectionString("Default") ?? "", context =>
                {
                    var (kind, limit) = Classify(context.Request, options);
                    return (kind is null ? null : $"{kind}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", limit, Permits(context.Request, options));
                }, TimeProvider.System);
                return;
            }
            limiter.GlobalLimiter = new PermitsPerToken(context => Permits(context.Request, options), PartitionedRateLimiter.Create<HttpContext, string>(context =>
            {
                var (kind, limit) = Classify(context.Request, options);
                return kind is null
                    ? RateLimitPartition.GetNoLimiter("none")
                    : PerClient($"{kind}:{context.Connection.RemoteIpAddress?.ToString() ?? "unknown"}", limit);
            }));
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
            // Starting a workshop or joining one stores a row, as creating a result does.
            if (path.StartsWithSegments("/workshops/new") || path.StartsWithSegments("/w/join")) return (RateLimitOptions.Create, options.CreatePerMinute);
        }
        // Every request that looks a token up spends from the look-up budget: result pages, API reads, the manage
        // link (shown or posted to), a comparison, a questionnaire adjusting a stored result, and every workshop page,
        // its live updates and an invite code typed in (each looks up a secret).
        if (path.StartsWithSegments("/r") || path.StartsWithSegments("/w") || (!HttpMethods.IsPost(request.Method) && (path.StartsWithSegments("/api/assessments") || path.StartsWithSegments("/compare")))
            || (path.StartsWithSegments("/assess") && request.Query.ContainsKey("from")))
        {
            return (RateLimitOptions.Lookup, options.LookupPerMinute);
        }
        return (null, 0);
    }

    /// <summary>
    /// Permits the request spends: one per token it looks up (each result a comparison names, up to its maximum),
    /// never more than the whole budget, which a limiter cannot grant at all.
    /// </summary>
    internal static int Permits(HttpRequest request, RateLimitOptions options) =>
        request.Path.StartsWithSegments("/compare") && request.Query.TryGetValue("r", out var tokens)
            ? Math.Clamp(tokens.Count, 1, Math.Max(1, Math.Min(Features.Comparisons.ResultComparer.Max, options.LookupPerMinute)))
            : 1;

    /// <summary>
    /// The framework's middleware asks for one permit per request; a comparison of four links is four look-ups, so
    /// it must cost four (a pen test guessed 33,000 tokens a minute through /compare).
    /// </summary>
    private sealed class PermitsPerToken(Func<HttpContext, int> permits, PartitionedRateLimiter<HttpContext> inner) : PartitionedRateLimiter<HttpContext>
    {
        public override RateLimiterStatistics? GetStatistics(HttpContext resource) => inner.GetStatistics(resource);

        protected override RateLimitLease AttemptAcquireCore(HttpContext resource, int permitCount) =>
            inner.AttemptAcquire(resource, permitCount * permits(resource));

        protected override ValueTask<RateLimitLease> AcquireAsyncCore(HttpContext resource, int permitCount, CancellationToken cancellationToken) =>
            inner.AcquireAsync(resource, permitCount * permits(resource), cancellationToken);

        protected override void Dispose(bool disposing)
        {
            if (disposing) inner.Dispose();
            base.Dispose(disposing);
        }

        protected override async ValueTask DisposeAsyncCore()
        {
            await inner.DisposeAsync();
            await base.DisposeAsyncCore();
        }
    }

    private static RateLimitPartition<string> PerClient(string key, int perMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(key,
            _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
}
