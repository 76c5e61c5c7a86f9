using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Costs;

public sealed record CostEstimate(int TeamSize, bool TeamSizeAssumed, int Months, long BudgetUsd, IReadOnlyList<ModelCost> Models, IReadOnlyList<BreakEven> BreakEvens)
{
    public ModelCost For(EngagementModel model) =>
        Models.FirstOrDefault(cost => cost.Model == model) ?? throw new InvalidOperationException($"No cost for {model}.");
}
