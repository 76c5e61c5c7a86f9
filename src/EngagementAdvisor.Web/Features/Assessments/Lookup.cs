namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>What a link finds: the result, a result its creator deleted (410), or nothing (404).</summary>
public enum Lookup
{
    Found,
    Gone,
    Missing,
}
