using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>A tie is reported as a tie (issue 20): the fixed model order that lists one model first is not a win.</summary>
public sealed class TieTests
{
    [Fact]
    public void With_every_importance_at_zero_the_four_way_tie_wins_no_run_and_is_a_toss_up()
    {
        var flat = new WeightSet([.. DefaultWeights.Create().Factors.Select(f => f with { Importance = 0 })]);
        var answers = TestAnswers.Of("low", "stable", "none", 4, 60_000);

        var advice = Advisor.Advise(answers, flat);

        Assert.All(advice.Recommendation.Ranking, entry => Assert.Equal(50, entry.Score));
        Assert.Equal(0, advice.Robustness.MonteCarloWins);
        Assert.Equal(FitStrength.TossUp, advice.Robustness.Fit);
    }

    [Fact]
    public void A_clear_winner_still_wins_its_runs()
    {
        var advice = Advisor.Advise(TestAnswers.Of("low", "stable", "none", 4, 60_000), DefaultWeights.Create());

        Assert.True(advice.Robustness.MonteCarloWins > advice.Robustness.MonteCarloRuns * 9 / 10);
    }
}
