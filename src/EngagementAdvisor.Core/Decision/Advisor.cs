using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Everything a result shows: the ranking with its explanation, how firm it is, the tensions and the costs.</summary>
public sealed record Advice(Recommendation Recommendation, Robustness Robustness, IReadOnlyList<Tension> Tensions, CostEstimate Costs);

public static class Advisor
{
    /// <summary>Pure: the same answers and weight set (with its knock-outs and cost assumptions) always give the same advice.</summary>
    public static Advice Advise(Answers answers, WeightSet weights) => Advise(answers, weights, Robustness.DefaultRuns);

    /// <summary>
    /// The same advice with <paramref name="monteCarloRuns"/> runs of the Monte-Carlo share; 0 skips it
    /// (<see cref="Robustness.WinShare"/> is then 0). Everything else is identical to <see cref="Advise(Answers, WeightSet)"/>,
    /// which is what lets the benchmarks time the explanation apart from the Monte-Carlo loop.
    /// </summary>
    public static Advice Advise(Answers answers, WeightSet weights, int monteCarloRuns)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfNegative(monteCarloRuns);
        var recommendation = Scorer.Score(answers, weights);
        var costs = CostEstimator.Estimate(answers, weights.Costs);
        return new Advice(
            recommendation,
            Robustness.Analyse(answers, weights, recommendation, monteCarloRuns),
            Tensions.Find(answers, recommendation.Recommended, costs),
            costs);
    }
}
