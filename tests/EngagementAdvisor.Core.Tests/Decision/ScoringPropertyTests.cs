using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>Properties of the default weights that the sources' guidance implies, checked on random questionnaires.</summary>
public sealed class ScoringPropertyTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    // Scores are rounded to 0.1; a monotone difference can move by that much from rounding alone.
    private const double Rounding = 0.1 + 1e-9;

    private static double Gap(Answers answers, EngagementModel a, EngagementModel b)
    {
        var result = Scorer.Score(answers, Defaults);
        return result.ScoreOf(a) - result.ScoreOf(b);
    }

    /// <summary>Raising the answer never widens <paramref name="favoured"/>'s lead over <paramref name="other"/>.</summary>
    private static void NeverFavours(Func<Answers, int, Answers?> withLevel, int levels, EngagementModel favoured, EngagementModel other) =>
        AnswersGen.ForAll(answers =>
        {
            for (var level = 0; level + 1 < levels; level++)
            {
                var lower = withLevel(answers, level);
                var higher = withLevel(answers, level + 1);
                if (lower is null || higher is null) continue;
                Assert.True(Gap(higher, favoured, other) <= Gap(lower, favoured, other) + Rounding,
                    $"{favoured} gained on {other} going from level {level} to {level + 1}: {higher}");
            }
        });

    [Fact]
    public void Scoring_is_deterministic() =>
        AnswersGen.ForAll(answers => Assert.Equal(Scorer.Score(answers, Defaults).Ranking, Scorer.Score(answers.With(Questionnaire.Label, "again"), DefaultWeights.Create()).Ranking));

    [Fact]
    public void Scores_stay_within_0_and_100() =>
        AnswersGen.ForAll(answers => Assert.All(Scorer.Score(answers, Defaults).Ranking, r => Assert.InRange(r.Score, 0, 100)));

    [Fact]
    public void More_in_house_pm_capacity_never_favours_outsourcing_over_outstaffing() =>
        NeverFavours((a, l) => a.With(Questionnaire.InHousePm, TestAnswers.Option(Questionnaire.InHousePm, l)), 3, EngagementModel.Outsourcing, EngagementModel.Outstaffing);

    [Theory]
    [InlineData(EngagementModel.Outstaffing)]
    [InlineData(EngagementModel.Offshoring)]
    public void More_scope_volatility_never_favours_outsourcing_over_a_directed_team(EngagementModel other) =>
        NeverFavours((a, l) => a.With(Questionnaire.ScopeStability, TestAnswers.Option(Questionnaire.ScopeStability, l)), 3, EngagementModel.Outsourcing, other);

    [Theory]
    [InlineData(EngagementModel.Outstaffing)]
    [InlineData(EngagementModel.Offshoring)]
    [InlineData(EngagementModel.StaffAugmentation)]
    public void More_desired_control_never_favours_outsourcing_over_any_other_model(EngagementModel other) =>
        NeverFavours((a, l) => a.With(Questionnaire.Control, TestAnswers.Option(Questionnaire.Control, l)), 3, EngagementModel.Outsourcing, other);

    [Fact]
    public void More_data_sensitivity_never_favours_outsourcing_over_offshoring() =>
        NeverFavours((a, l) => a.With(Questionnaire.DataSensitivity, TestAnswers.Option(Questionnaire.DataSensitivity, l)), 3, EngagementModel.Outsourcing, EngagementModel.Offshoring);

    [Fact]
    public void Longer_duration_never_favours_outsourcing_over_outstaffing() =>
        NeverFavours((a, l) => a.With(Questionnaire.Duration, l == 0 ? 3 : l == 1 ? 12 : 36), 3, EngagementModel.Outsourcing, EngagementModel.Outstaffing);

    [Fact]
    public void Every_score_is_the_baseline_plus_contributions_less_penalties() =>
        AnswersGen.ForAll(answers =>
        {
            var result = Scorer.Score(answers, Defaults);
            foreach (var entry in result.Ranking)
            {
                var expected = Scorer.Baseline + result.Contributions.Sum(c => c.For(entry.Model))
                    - result.KnockOuts.Where(k => k.Model == entry.Model).Sum(k => k.Points);
                Assert.Equal(Math.Clamp(expected, 0, 100), entry.Score, 0.1);
            }
        });
}
