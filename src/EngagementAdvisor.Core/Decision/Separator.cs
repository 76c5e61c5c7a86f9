namespace EngagementAdvisor.Core.Decision;

/// <summary>What separates the first two models when the margin is small: one factor's points for the first minus the second's.</summary>
public sealed record Separator(string Factor, string Level, double Points);
