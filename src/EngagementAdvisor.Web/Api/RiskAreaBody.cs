using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Api;

/// <summary>One risk area of the checklist, what to check per model id.</summary>
public sealed record RiskAreaBody(string Id, string Name, string WhyItMatters, IReadOnlyDictionary<string, Cited> WhatToCheck)
{
    public static RiskAreaBody From(RiskArea area) =>
        new(area.Id, area.Name, area.WhyItMatters, EngagementModels.All.ToDictionary(m => m.Id(), area.For));
}
