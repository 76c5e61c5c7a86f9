namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// One cost assumption in the weights editor, in the unit the admin types (15 for 15%; see
/// <see cref="Core.Costs.AssumptionField.ToTyped"/>). A single value is posted as <see cref="Likely"/> alone.
/// </summary>
public sealed class AssumptionRow
{
    public double? Low { get; set; }
    public double? Likely { get; set; }
    public double? High { get; set; }
}
