using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Results;

/// <summary>
/// How result pages are served: kept rendered in ASP.NET Core's output cache (<see cref="ResultPageCachePolicy"/>) and
/// compressed by its response compression for browsers that accept it (all of them do), about a fifth of the bytes
/// on a phone's connection.
/// </summary>
/// <remarks>
/// Only result pages are compressed. Compressing a response that holds a secret next to text an attacker chooses
/// leaks the secret (BREACH): a result page as cached holds neither (no antiforgery token, no manage link, no query
/// string), while pages with forms carry antiforgery tokens and the creator's first view carries the manage link.
/// </remarks>
public static class ResultPages
{
    public static IServiceCollection AddResultPages(this IServiceCollection services, IConfiguration configuration)
    {
        services.Configure<ResultPageCacheOptions>(configuration.GetSection(ResultPageCacheOptions.Section));
        services.AddSingleton<ResultPageCachePolicy>();
        services.AddSingleton<ResultChanges>();
        services.AddSingleton<Infrastructure.IChangeHandler>(sp => sp.GetRequiredService<ResultChanges>());
        services.AddOutputCache(o =>
        {
            o.AddPolicy(ResultPageCachePolicy.Name, b => b.AddPolicy<ResultPageCachePolicy>(), excludeDefaultPolicy: true);
            // Tokens are case-sensitive: by default the cache keys paths without case, and served a result's page to
            // its token with some letters' case changed while the page was cached (a pen-test finding).
            o.UseCaseSensitivePaths = true;
        });
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<ResultPageCacheOptions>>((o, cache) =>
            o.SizeLimit = cache.Value.SizeLimitMegabytes * 1024L * 1024L);
        services.AddResponseCompression(o =>
        {
            // Only result pages reach the compressor (UseResultPages), whatever the scheme.
            o.EnableForHttps = true;
            o.MimeTypes = ["text/html"];
        });
        return services;
    }

    /// <summary>The cache, then the compressor inside it: what the cache keeps is the compressed page.</summary>
    public static IApplicationBuilder UseResultPages(this IApplicationBuilder app)
    {
        app.UseOutputCache();
        return app.UseWhen(IsSharedResultPage, branch => branch.UseResponseCompression());
    }

    /// <summary>A result page as anyone but its creator sees it right after creating it.</summary>
    public static bool IsSharedResultPage(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.Request;
        return (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && request.Path.StartsWithSegments("/r", StringComparison.Ordinal)
            && !ManageLinkOffer.IsPending(request);
    }
}
