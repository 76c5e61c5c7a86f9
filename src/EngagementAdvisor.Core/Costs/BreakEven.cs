using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

/// <summary>The month where the likely cumulative costs of two models cross: before it one is cheaper, after it the other.</summary>
public sealed record BreakEven(EngagementModel CheaperFirst, EngagementModel CheaperLater, int Month)
{
    /// <summary>
    /// Whether the crossing holds whatever the assumptions: by the end, the later-cheaper model's high estimate is below
    /// the other's low one. Otherwise it comes from the likely figures only and says more about our assumptions than
    /// about the two models.
    /// </summary>
    public bool Firm { get; init; }
}
