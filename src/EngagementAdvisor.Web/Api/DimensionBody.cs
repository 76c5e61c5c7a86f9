using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Api;

/// <summary>One row of the comparison, a cell per model id.</summary>
public sealed record DimensionBody(string Id, string Name, IReadOnlyDictionary<string, Cited> Cells)
{
    public static DimensionBody From(ComparisonDimension dimension) =>
        new(dimension.Id, dimension.Name, EngagementModels.All.ToDictionary(m => m.Id(), dimension.For));
}
