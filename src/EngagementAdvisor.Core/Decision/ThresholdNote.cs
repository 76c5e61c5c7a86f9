namespace EngagementAdvisor.Core.Decision;

/// <summary>An answer near a rule of thumb the sources give (the six months of F36), said in words.</summary>
public sealed record ThresholdNote(string Factor, long Answer, long Threshold, string Text, IReadOnlyList<string> Facts);
