using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Settings of the in-memory cache of rendered result pages, in configuration section ResultPageCache.</summary>
public sealed class ResultPageCacheOptions
{
    public const string Section = "ResultPageCache";

    /// <summary>Off only to measure what the cache buys (bench/run.sh --no-cache) or to debug rendering.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// How long a rendered page is kept. A delete evicts the page on the instance that handled it at once; other
    /// instances behind the same PostgreSQL serve their copy at most this long, so keep it short when scaled out.
    /// </summary>
    public int Seconds { get; set; } = 300;

    /// <summary>Memory the cache may use, in megabytes; the least used pages go first when it is full.</summary>
    public int SizeLimitMegabytes { get; set; } = 32;
}

/// <summary>
/// A stored result never changes (its weights version is fixed when it is created), so its rendered page can be
/// served from memory until the result is deleted. What must never be cached: the creator's first view, which
/// carries the private manage link through TempData, and anything an admin sees signed in. The API's document is
/// not cached: read through <see cref="Data.SqliteResultReader"/> it costs about what a cache hit does.
/// </summary>
public sealed class ResultPageCachePolicy(IOptions<ResultPageCacheOptions> settings) : IOutputCachePolicy
{
    private readonly ResultPageCacheOptions options = settings.Value;

    public const string Name = "result-page";

    /// <summary>The cookie ASP.NET Core's default TempData provider uses: only a creator's first view has it.</summary>
    public const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public static string TagOf(string token) => "result:" + token;

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var cacheable = options.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            // Query strings are not part of a result page; refusing them stops anyone filling the cache with variants.
            && !request.QueryString.HasValue
            && !request.Cookies.ContainsKey(TempDataCookie)
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && request.RouteValues["token"] is string token
            && ShareToken.IsWellFormed(token);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Many people opening one new link at once: one renders it, the rest wait for that copy.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(options.Seconds);
        if (cacheable) context.Tags.Add(TagOf((string)request.RouteValues["token"]!));
        // One copy of a page per coding it is sent in; the header has been reduced to that coding (ResultPageCompression).
        context.CacheVaryByRules.HeaderNames = Microsoft.Net.Http.Headers.HeaderNames.AcceptEncoding;
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        // Only a found result is kept: 404 and 410 stay live, and so does any response that sets a cookie.
        if (response.StatusCode != StatusCodes.Status200OK || response.Headers.SetCookie.Count > 0)
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }
}

public static class ResultPageCacheSetup
{
    public static IServiceCollection AddResultPageCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ResultPageCacheOptions>(configuration.GetSection(ResultPageCacheOptions.Section));
        services.AddSingleton<ResultPageCachePolicy>();
        services.AddOutputCache(o => o.AddPolicy(ResultPageCachePolicy.Name, b => b.AddPolicy<ResultPageCachePolicy>(), excludeDefaultPolicy: true));
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResultPageCacheOptions>>((o, cache) =>
            o.SizeLimit = cache.Value.SizeLimitMegabytes * 1024L * 1024L);
        PinnedCacheStore.Decorate(services);
        return services;
    }
}
