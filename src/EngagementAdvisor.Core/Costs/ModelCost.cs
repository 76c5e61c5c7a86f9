using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

public sealed record ModelCost(EngagementModel Model, CostRange Total, BudgetFit Fit, IReadOnlyList<CostLine> Lines)
{
    /// <summary>
    /// When no team size was given: the engineer-months (full-time months of one engineer, at the stated workload) the
    /// budget buys under this model, at the high, likely and low ends of its costs (in that order: dearer buys less).
    /// </summary>
    public CostRange? BudgetBuys { get; init; }

    /// <summary>How many whole months of the work a budget pays for at this model's likely cost (0: not even the first).</summary>
    public int MonthsWithin(double budget, int months)
    {
        var covered = 0;
        for (var month = 1; month <= months && LikelyByMonth(month, months) <= budget; month++) covered = month;
        return covered;
    }

    /// <summary>Likely cumulative cost at the end of <paramref name="month"/> (1-based), for the cost curves and the break-evens.</summary>
    public double LikelyByMonth(int month, int months)
    {
        double upFront = 0, spread = 0;
        foreach (var line in Lines)
        {
            if (line.UpFront) upFront += line.Amount.Likely;
            else spread += line.Amount.Likely;
        }
        return upFront + spread * Math.Clamp(month, 0, months) / months;
    }
}
