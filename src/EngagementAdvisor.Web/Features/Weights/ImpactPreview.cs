using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// How many stored results recommend each model now and under a draft, how many would change, and the newest of those
/// (<see cref="Flips"/> holds at most <see cref="ImpactPreviewer.FlipsKept"/>; <see cref="Changed"/> counts them all).
/// </summary>
public sealed record ImpactPreview(
    int Assessed, IReadOnlyDictionary<EngagementModel, int> Before, IReadOnlyDictionary<EngagementModel, int> After,
    IReadOnlyList<FlippedAssessment> Flips, int Changed)
{
    /// <summary>How the recommended model's likely cost moves across every result.</summary>
    public CostMovement Costs { get; init; } = CostMovement.None;

    /// <summary>Whether the draft's cost assumptions differ from the current version's.</summary>
    public bool CostAssumptionsChanged { get; init; }

    /// <summary>Results that change, by the model they recommend now and the one the draft would: the largest first.</summary>
    public IReadOnlyList<(EngagementModel From, EngagementModel To, int Count)> Moves { get; init; } = [];
}
