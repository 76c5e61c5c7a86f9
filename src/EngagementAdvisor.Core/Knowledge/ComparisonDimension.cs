using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Knowledge;

/// <summary>One row of the side-by-side comparison: the same question answered for each model.</summary>
public sealed record ComparisonDimension(string Id, string Name, IReadOnlyDictionary<EngagementModel, Cited> Cells)
{
    public Cited For(EngagementModel model) => Cells[model];
}
