namespace EngagementAdvisor.Core.Costs;

/// <summary>One assumption as a user reads it: where it comes from, or that it is ours.</summary>
public sealed record AssumptionLine(string Id, string Label, string Value, IReadOnlyList<string> Facts, bool OurAssumption);
