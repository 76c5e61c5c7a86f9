using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>Properties of the default weights that the sources' guidance implies, checked on random questionnaires.</summary>
public sealed class ScoringPropertyTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    // Scores are whole numbers; a monotone difference of two can move by one from rounding alone.
    private const double Rounding = 1 + 1e-9;

    private static double Gap(Answers answers, EngagementModel a, EngagementModel b, WeightSet weights)
    {
        var result = Scorer.Score(answers, weights);
        return result.ScoreOf(a) - result.ScoreOf(b);
    }

    /// <summary>Raising the answer never widens <paramref name="favoured"/>'s lead over <paramref name="other"/>.</summary>
    private static void NeverFavours(Func<Answers, int, Answers?> withLevel, int levels, EngagementModel favoured, EngagementModel other, WeightSet? weights = null) =>
        AnswersGen.ForAll(answers =>
        {
            for (var level = 0; level + 1 < levels; level++)
            {
                var lower = withLevel(answers, level);
                var higher = withLevel(answers, level + 1);
                if (lower is null || higher is null) continue;
                Assert.True(Gap(higher, favoured, other, weights ?? Defaults) <= Gap(lower, favoured, other, weights ?? Defaults) + Rounding,
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
        // The same total budget over a longer time is a smaller budget per month, which rightly favours outsourcing
        // (F81); with the budget's weight set to zero, the duration's own effect is what is left.
        NeverFavours((a, l) => a.With(Questionnaire.Duration, l == 0 ? 3 : l == 1 ? 12 : 36), 3, EngagementModel.Outsourcing, EngagementModel.Outstaffing,
            new WeightSet([.. Defaults.Factors.Select(f => f.Factor == "budget" ? f with { Importance = 0 } : f)], Defaults.KnockOuts, Defaults.Costs));

    [Fact]
    public void Every_score_is_the_baseline_plus_contributions_less_penalties() =>
        AnswersGen.ForAll(answers =>
        {
            var result = Scorer.Score(answers, Defaults);
            var expected = EngagementModels.All.Select(model => Scorer.Baseline + result.Contributions.Sum(c => c.For(model))
                - result.KnockOuts.Where(k => k.Model == model).Sum(k => k.Points)).ToArray();
            // Outstaffing and staff augmentation, one arrangement (F40), are drawn to within 10 points of each other.
            var (ot, sa) = ((int)EngagementModel.Outstaffing, (int)EngagementModel.StaffAugmentation);
            if (Math.Abs(expected[ot] - expected[sa]) > Weighing.TeamExtensionSpread)
            {
                var middle = (expected[ot] + expected[sa]) / 2;
                var sign = Math.Sign(expected[ot] - expected[sa]);
                (expected[ot], expected[sa]) = (middle + sign * Weighing.TeamExtensionSpread / 2, middle - sign * Weighing.TeamExtensionSpread / 2);
            }
            foreach (var entry in result.Ranking)
            {
                // Whole-number scores over contributions shown to two decimals.
                Assert.Equal(Math.Clamp(expected[(int)entry.Model], 0, 100), entry.Score, 0.5 + 0.005 * result.Contributions.Count + 1e-9);
            }
        });
}
