using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>The two or three reasons on top of a result: what the winner has over the other model, not what both have.</summary>
public sealed class ReasonsApartTests
{
    private static readonly WeightSet Weights = DefaultWeights.Create();

    public static TheoryData<string, string, string, int, long, int?> Cases() => new()
    {
        { "low", "stable", "none", 4, 60_000, null },
        { "high", "evolving", "strong", 18, 400_000, 3 },
        { "medium", "evolving", "partial", 12, 600_000, 4 },
        { "high", "volatile", "none", 36, 50_000, 12 },
        { "low", "stable", "strong", 2, 15_000, 1 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Each_reason_gives_the_winner_points_over_the_other_model_largest_first(string control, string scope, string pm, int months, long budget, int? team)
    {
        var answers = TestAnswers.Of(control, scope, pm, months, budget, team);
        var recommendation = Scorer.Score(answers, Weights);
        var other = recommendation.Ranking[2].Model;

        var apart = Robustness.ReasonsApart(answers, recommendation, Weights, other);

        Assert.InRange(apart.Count, 0, 3);
        Assert.All(apart, reason => Assert.True(reason.Points > 0, $"{reason.Factor}: {reason.Points}"));
        Assert.Equal(apart.OrderByDescending(r => r.Points).Select(r => r.Factor), apart.Select(r => r.Factor));
        // The points are the winner's minus the other's for that answer, rules included: never more than the whole gap.
        var gap = recommendation.ScoreOf(recommendation.Recommended) - recommendation.ScoreOf(other);
        Assert.All(apart, reason => Assert.NotEmpty(reason.Text));
        Assert.True(apart.Count == 0 || gap > 0);
    }

    [Fact]
    public void An_answer_that_helps_both_models_alike_is_not_a_reason_apart()
    {
        // Strong PM and high control argue for outstaffing and staff augmentation alike: between the two names nothing
        // they share can set one apart.
        var answers = TestAnswers.Of("high", "evolving", "strong", 18, 400_000, 3);
        var recommendation = Scorer.Score(answers, Weights);
        Assert.Contains(recommendation.RunnerUp, new[] { EngagementModel.Outstaffing, EngagementModel.StaffAugmentation });

        var apart = Robustness.ReasonsApart(answers, recommendation, Weights, recommendation.RunnerUp);

        var shared = recommendation.Contributions
            .Where(c => Math.Abs(c.For(recommendation.Recommended) - c.For(recommendation.RunnerUp)) < 0.05)
            .Select(c => c.Factor);
        Assert.Empty(apart.Select(r => r.Factor).Intersect(shared));
    }

    [Fact]
    public void Against_itself_nothing_sets_a_model_apart()
    {
        var answers = TestAnswers.Of("low", "stable", "none", 4, 60_000);
        var recommendation = Scorer.Score(answers, Weights);

        Assert.Empty(Robustness.ReasonsApart(answers, recommendation, Weights, recommendation.Recommended));
    }
}
