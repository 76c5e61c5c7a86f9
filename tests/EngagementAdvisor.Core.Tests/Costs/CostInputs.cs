using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Tests.Costs;

/// <summary>Answers and estimates for the cost tests; only what costs depend on varies.</summary>
internal static class CostInputs
{
    public static readonly CostAssumptions Defaults = CostAssumptions.Default;

    public static Answers AnswersFor(int months = 12, int? team = 3, string scope = "stable", long budget = 500_000) =>
        TestAnswers.Of("medium", scope, "partial", months, budget, team);

    public static CostEstimate Estimate(int months = 12, int? team = 3, string scope = "stable", long budget = 500_000) =>
        CostEstimator.Estimate(AnswersFor(months, team, scope, budget), Defaults);

    public static double Sum(IEnumerable<CostLine> lines, Func<CostRange, double> part) => lines.Sum(line => part(line.Amount));

    public static CostLine? Line(this ModelCost cost, string id) => cost.Lines.SingleOrDefault(line => line.Id == id);

    public static IEnumerable<ModelCost> Each(this CostEstimate estimate) => EngagementModels.All.Select(estimate.For);
}
