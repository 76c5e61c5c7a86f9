using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>How many results recommend each model now and under a draft, and which ones would change.</summary>
public sealed record ImpactPreview(int Assessed, IReadOnlyDictionary<EngagementModel, int> Before, IReadOnlyDictionary<EngagementModel, int> After, IReadOnlyList<FlippedAssessment> Flips);
