using EngagementAdvisor.Web.Features.Assessments;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Results;

/// <summary>
/// A stored result never changes (its weights version is fixed when it is created), so its rendered page is served
/// from ASP.NET Core's output cache until the result is deleted (ADR 16). Never kept or served from it: the creator's
/// first view, which shows the private manage link (<see cref="ManageLinkOffer"/>), anything a signed-in admin sees,
/// requests with a query string, and any answer but a 200 without cookies.
/// </summary>
public sealed class ResultPageCachePolicy(IOptions<ResultPageCacheOptions> settings) : IOutputCachePolicy
{
    private readonly ResultPageCacheOptions _options = settings.Value;

    public const string Name = "result-page";

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        ArgumentNullException.ThrowIfNull(context);
        var request = context.HttpContext.Request;
        var token = request.RouteValues["token"] as string;
        var cacheable = _options.Enabled
            && (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            // Query strings are not part of a result page; refusing them stops anyone filling the cache with variants.
            && !request.QueryString.HasValue
            && !ManageLinkOffer.IsPending(request)
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && ShareToken.IsWellFormed(token);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        // Many people opening one new link at once: one renders it, the rest wait for that copy.
        context.AllowLocking = true;
        context.ResponseExpirationTimeSpan = TimeSpan.FromSeconds(_options.Seconds);
        if (cacheable) context.Tags.Add(ResultChanges.TagOf(token!));
        // One copy per way of asking for the page: a compressed copy only ever reaches a client that accepts it.
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
