namespace EngagementAdvisor.Core.Knowledge;

/// <summary>Context figures about the market, always attributed.</summary>
public sealed record MarketFigure(string Id, Cited Figure);
