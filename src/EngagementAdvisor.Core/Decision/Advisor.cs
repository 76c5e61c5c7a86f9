using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

public static class Advisor
{
    /// <summary>Pure: the same answers and weight set (with its knock-outs and cost assumptions) always give the same advice.</summary>
    public static Advice Advise(Answers answers, WeightSet weights)
    {
        ArgumentNullException.ThrowIfNull(weights);
        var recommendation = Scorer.Score(answers, weights);
        var costs = CostEstimator.Estimate(answers, weights.Costs);
        return new Advice(
            recommendation,
            Robustness.Analyse(answers, weights, recommendation),
            Tensions.Find(answers, recommendation, costs),
            costs)
        {
            PracticalForm = PracticalForms.For(answers, recommendation.Recommended),
        };
    }
}
