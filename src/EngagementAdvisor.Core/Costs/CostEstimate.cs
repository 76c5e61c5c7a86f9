using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// What each model would cost over the stated duration. With a team size, for that team; without one
/// (<see cref="TeamSizeAssumed"/>), for one engineer, with what the budget buys under each model
/// (<see cref="ModelCost.BudgetBuys"/>): no team is made up.
/// </summary>
public sealed record CostEstimate(int TeamSize, bool TeamSizeAssumed, int Months, long BudgetUsd, IReadOnlyList<ModelCost> Models, IReadOnlyList<BreakEven> BreakEvens)
{
    /// <summary>The share of full time each engineer works (1 full-time; less for part-time or occasional work).</summary>
    public double Workload { get; init; } = 1;

    public ModelCost For(EngagementModel model) =>
        Models.FirstOrDefault(cost => cost.Model == model) ?? throw new InvalidOperationException($"No cost for {model}.");
}
