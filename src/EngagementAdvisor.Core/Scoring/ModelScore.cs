using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>A model's place in the ranking: 0–100, one decimal.</summary>
public sealed record ModelScore(EngagementModel Model, double Score)
{
    /// <summary>True when a knock-out rule excluded the model; it then ranks below every other.</summary>
    public bool RuledOut { get; init; }
}
