using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Knowledge;

/// <summary>A risk to check before signing, and what to check for it under each model.</summary>
public sealed record RiskArea(string Id, string Name, string WhyItMatters, IReadOnlyDictionary<EngagementModel, Cited> WhatToCheck)
{
    public Cited For(EngagementModel model) => WhatToCheck[model];
}
