namespace EngagementAdvisor.Core.Knowledge;

/// <summary>Where one fact comes from: the articles that state it, and what kind of statement it is.</summary>
public sealed record FactOrigin(IReadOnlyList<string> Sources, Provenance Provenance);
