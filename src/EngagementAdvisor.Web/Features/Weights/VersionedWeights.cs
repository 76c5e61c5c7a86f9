using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>A weight set and the version number it is stored under.</summary>
public sealed record VersionedWeights(int Version, WeightSet Weights);
