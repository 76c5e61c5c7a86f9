using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

/// <summary>The month where the likely cumulative costs of two models cross: before it one is cheaper, after it the other.</summary>
public sealed record BreakEven(EngagementModel CheaperFirst, EngagementModel CheaperLater, int Month);
