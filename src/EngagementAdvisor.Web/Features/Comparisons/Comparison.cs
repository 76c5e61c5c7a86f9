using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Web.Features.Assessments;

namespace EngagementAdvisor.Web.Features.Comparisons;

/// <summary>
/// What /compare shows: the results found (in the order given), the problems with the links that were not, the links
/// to show again in the form, and the side-by-side reading once there are two results or more.
/// </summary>
public sealed record Comparison(
    IReadOnlyList<StoredAssessment> Results, IReadOnlyList<string> Problems, IReadOnlyList<string> Inputs, ResultComparison? SideBySide)
{
    public static readonly Comparison Empty = new([], [], [], null);

    /// <summary>Every link given was found, but they are not enough (or too many) to compare: the request was wrong, not the links.</summary>
    public bool AllFound { get; init; }
}
