using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Two models within <see cref="Robustness.CloseCallMargin"/> points, and the factors that differ most between them.</summary>
public sealed record CloseCall(EngagementModel First, EngagementModel Second, double Margin, IReadOnlyList<Separator> Separators, string? Note, IReadOnlyList<string> Facts);
