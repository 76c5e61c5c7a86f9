namespace EngagementAdvisor.Core.Scoring;

/// <summary>A sentence that explains what an answer means for the choice of model, and the facts behind it.</summary>
public sealed record ReasonText(string Text, IReadOnlyList<string> Facts);
