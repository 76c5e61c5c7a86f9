namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>The site's public address (<c>PublicSite:BaseUrl</c>), for every absolute link the app writes.</summary>
public sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>"https://advisor.example.org", without a trailing slash; empty in development (links follow the request).</summary>
    public string BaseUrl { get; set; } = "";
}
