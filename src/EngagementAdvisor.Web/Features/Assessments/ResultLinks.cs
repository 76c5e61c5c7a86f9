namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Where a stored result lives: /r/{token}.</summary>
public static class ResultLinks
{
    public static string PathOf(string token) => "/r/" + token;

    public static Uri UrlOf(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{PathOf(token)}");
    }
}
