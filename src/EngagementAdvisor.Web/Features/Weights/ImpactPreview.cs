using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// How many stored results recommend each model now and under a draft, how many would change, and the newest of those
/// (<see cref="Flips"/> holds at most <see cref="ImpactPreviewer.FlipsKept"/>; <see cref="Changed"/> counts them all).
/// </summary>
public sealed record ImpactPreview(
    int Assessed, IReadOnlyDictionary<EngagementModel, int> Before, IReadOnlyDictionary<EngagementModel, int> After,
    IReadOnlyList<FlippedAssessment> Flips, int Changed);
