using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Knowledge;

/// <summary>The side-by-side table: which models, in which order, and which one to highlight.</summary>
public sealed record ComparisonTableView(
    IReadOnlyList<ComparisonDimension> Dimensions,
    IReadOnlyList<EngagementModel> Columns,
    EngagementModel? Recommended = null,
    EngagementModel? RunnerUp = null)
{
    /// <summary>The recommended model first, the runner-up beside it, then the rest in the usual order.</summary>
    public static IReadOnlyList<EngagementModel> RecommendedFirst(EngagementModel recommended, EngagementModel runnerUp) =>
        [recommended, runnerUp, .. EngagementModels.All.Where(m => m != recommended && m != runnerUp)];
}
