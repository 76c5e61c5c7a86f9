namespace EngagementAdvisor.Core.Knowledge;

/// <summary>One of the public articles the product's knowledge is drawn from.</summary>
public sealed record Source(string Id, string Title, string Publisher);
