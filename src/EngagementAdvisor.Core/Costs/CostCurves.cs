using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// The cumulative-cost curves a chart draws, one per model. They are computed from the stored
/// <see cref="CostLine"/>s, not stored themselves: up-front lines (set-up, ramp-up) land in month 1,
/// every other line spreads evenly over the months, so each curve is a straight line after month 1
/// and two curves cross at most once. <see cref="CostEstimate.BreakEvens"/> is read off the same curves.
/// </summary>
public static class CostCurves
{
    /// <summary>
    /// Likely cumulative cost at the end of each month 1..<see cref="CostEstimate.Months"/> for one model;
    /// element <c>m − 1</c> is month <c>m</c>, the last element equals the model's likely total.
    /// A chart adds its own zero at month 0.
    /// </summary>
    public static IReadOnlyList<double> CumulativeLikely(this CostEstimate estimate, EngagementModel model)
    {
        ArgumentNullException.ThrowIfNull(estimate);
        var cost = estimate.For(model);
        var curve = new double[estimate.Months];
        for (var month = 1; month <= curve.Length; month++)
        {
            curve[month - 1] = cost.LikelyByMonth(month, estimate.Months);
        }
        return curve;
    }
}
