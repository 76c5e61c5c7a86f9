namespace EngagementAdvisor.Core.Decision;

/// <summary>A warning or a piece of phased advice tied to the user's own answers.</summary>
public sealed record Tension(string Id, TensionKind Kind, string Text, IReadOnlyList<string> Facts);
