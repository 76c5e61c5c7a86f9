namespace EngagementAdvisor.Core.Costs;

/// <summary>Which end of every <see cref="CostRange"/> a figure is computed from.</summary>
public enum RangeEnd
{
    Low,
    Likely,
    High,
}
