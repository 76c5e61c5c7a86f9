namespace EngagementAdvisor.Core.Costs;

/// <summary>One visible part of a model's cost: <see cref="UpFront"/> parts land in month 1, the rest spread over the months.</summary>
public sealed record CostLine(string Id, string Label, CostRange Amount, bool UpFront);
