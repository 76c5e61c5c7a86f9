using Microsoft.Extensions.Options;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// Where a stored result lives: /r/{token}. Absolute links (the share link, the manage link, the API's url) start
/// with <see cref="PublicSiteOptions.BaseUrl"/> when it is configured, never with the request's Host header, which a
/// client chooses.
/// </summary>
public static class ResultLinks
{
    public static string PathOf(string token) => "/r/" + token;

    public static string ManagePathOf(string token, string manageToken) => $"/r/{token}/manage/{manageToken}";

    public static Uri ManageUrlOf(HttpRequest request, string token, string manageToken) => new(BaseOf(request) + ManagePathOf(token, manageToken));

    public static Uri UrlOf(HttpRequest request, string token) => new(BaseOf(request) + PathOf(token));

    /// <summary>"https://advisor.example.org": the configured public address, else the request's own (development).</summary>
    public static string BaseOf(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var configured = request.HttpContext.RequestServices.GetService<IOptions<PublicSiteOptions>>()?.Value.BaseUrl;
        return configured is { Length: > 0 } url ? url.TrimEnd('/') : $"{request.Scheme}://{request.Host}{request.PathBase}";
    }
}
