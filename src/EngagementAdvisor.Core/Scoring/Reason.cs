namespace EngagementAdvisor.Core.Scoring;

/// <summary>A plain-language reason tied to one of the user's answers (factor and level ids).</summary>
public sealed record Reason(string Factor, string Level, double Points, string Text, IReadOnlyList<string> Facts);
