namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>Where a stored result lives: /r/{token}.</summary>
public static class ResultLinks
{
    public static string PathOf(string token) => "/r/" + token;

    public static string ManagePathOf(string token, string manageToken) => $"/r/{token}/manage/{manageToken}";

    public static Uri ManageUrlOf(HttpRequest request, string token, string manageToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{ManagePathOf(token, manageToken)}");
    }

    public static Uri UrlOf(HttpRequest request, string token)
    {
        ArgumentNullException.ThrowIfNull(request);
        return new Uri($"{request.Scheme}://{request.Host}{request.PathBase}{PathOf(token)}");
    }
}
