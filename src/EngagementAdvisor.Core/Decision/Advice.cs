using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Everything a result shows: the ranking with its explanation, how firm it is, the tensions and the costs.</summary>
public sealed record Advice(Recommendation Recommendation, Robustness Robustness, IReadOnlyList<Tension> Tensions, CostEstimate Costs)
{
    /// <summary>How to set the recommended engagement up for these answers, where the middle ground fits.</summary>
    public PracticalForm? PracticalForm { get; init; }
}
