using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

public sealed class KnockOutAndTensionTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static Answers Base => TestAnswers.Of("high", "evolving", "none", 12, 300_000);

    /// <summary>The tensions as they would read had <paramref name="model"/> come first (the rest of the ranking as scored).</summary>
    private static List<Tension> Find(Answers answers, EngagementModel model, CostEstimate? costs = null)
    {
        var scored = Scorer.Score(answers, Defaults);
        return Tensions.Find(answers, scored with { Ranking = [.. scored.Ranking.OrderBy(s => s.Model == model ? 0 : 1)] }, costs);
    }

    [Fact]
    public void Without_a_pm_the_team_extension_models_are_penalised_as_a_rule_not_only_by_weight()
    {
        var withRules = Scorer.Score(Base, Defaults);
        var withoutRules = Scorer.Score(Base, new WeightSet(Defaults.Factors, [], Defaults.Costs));

        var noPm = withRules.KnockOuts.Where(k => k.RuleId.StartsWith("no-pm-", StringComparison.Ordinal)).ToList();
        Assert.Equal(new[] { EngagementModel.Outstaffing, EngagementModel.StaffAugmentation, EngagementModel.Offshoring }, noPm.Select(k => k.Model));
        Assert.All(noPm, k => Assert.Contains("F34", k.Facts));
        Assert.Contains("F46", noPm.Single(k => k.Model == EngagementModel.Offshoring).Facts);
        // Whole-number scores: the difference is the penalty to within the rounding of the two.
        Assert.InRange(withoutRules.ScoreOf(EngagementModel.Outstaffing) - withRules.ScoreOf(EngagementModel.Outstaffing), 19, 21);
        Assert.Equal(withoutRules.ScoreOf(EngagementModel.Outsourcing), withRules.ScoreOf(EngagementModel.Outsourcing));
    }

    [Fact]
    public void An_exclusion_rule_ranks_the_model_last_whatever_its_score()
    {
        var strongPm = Base.With(Questionnaire.InHousePm, "strong");
        var exclude = new KnockOutRule("test", "in-house-pm", "strong", "outstaffing", KnockOutEffect.Exclude, 0, "test rule", ["F34"]);
        var weights = new WeightSet(Defaults.Factors, [exclude], Defaults.Costs);

        var result = Scorer.Score(strongPm, weights);

        Assert.Equal(EngagementModel.Outstaffing, result.Ranking[^1].Model);
        Assert.True(result.Ranking[^1].RuledOut);
        Assert.NotEqual(EngagementModel.Outstaffing, result.Recommended);
    }

    [Fact]
    public void High_control_without_a_pm_is_flagged()
    {
        Assert.Contains(Find(Base, EngagementModel.Outsourcing), t => t.Id == "control-without-pm");
        Assert.DoesNotContain(Find(Base.With(Questionnaire.InHousePm, "strong"), EngagementModel.Outstaffing), t => t.Id == "control-without-pm");
    }

    [Theory]
    [InlineData("volatile", true)]
    [InlineData("evolving", true)]
    [InlineData("stable", false)]
    public void Outsourcing_a_moving_scope_warns_of_change_requests(string scope, bool warned)
    {
        var tensions = Find(Base.With(Questionnaire.ScopeStability, scope), EngagementModel.Outsourcing);

        Assert.Equal(warned, tensions.Any(t => t.Id == "change-request-risk" && t.Facts.Contains("F15")));
    }

    [Fact]
    public void Confidential_data_with_outsourcing_and_an_urgent_offshore_start_are_flagged()
    {
        Assert.Contains(Find(Base.With(Questionnaire.DataSensitivity, "high"), EngagementModel.Outsourcing), t => t.Id == "confidential-data-outsourced");
        Assert.Contains(Find(Base.With(Questionnaire.StartUrgency, "asap"), EngagementModel.Offshoring), t => t.Id == "urgent-offshoring");
        Assert.DoesNotContain(Find(Base.With(Questionnaire.StartUrgency, "asap"), EngagementModel.Outsourcing), t => t.Id == "urgent-offshoring");
    }

    [Fact]
    public void Ongoing_outsourced_work_with_some_management_gets_the_phased_path()
    {
        var tensions = Find(Base.With(Questionnaire.InHousePm, "partial").With(Questionnaire.Duration, 12), EngagementModel.Outsourcing);

        var phased = Assert.Single(tensions, t => t.Kind == TensionKind.PhasedAdvice);
        Assert.Contains("F85", phased.Facts);
    }

    [Fact]
    public void A_recommendation_whose_likely_cost_exceeds_the_budget_is_flagged()
    {
        var tight = Base.With(Questionnaire.InHousePm, "strong").With(Questionnaire.Budget, 10_000).With(Questionnaire.TeamSize, 3);
        var costs = CostEstimator.Estimate(tight, CostAssumptions.Default);

        Assert.Contains(Find(tight, EngagementModel.Outstaffing, costs), t => t.Id == "over-budget");
    }

    [Fact]
    public void Advice_brings_ranking_robustness_tensions_and_costs_together()
    {
        var advice = Advisor.Advise(Base, Defaults);

        Assert.Equal(advice.Recommendation.Recommended, Scorer.Score(Base, Defaults).Recommended);
        Assert.Equal(4, advice.Costs.Models.Count);
        Assert.NotEmpty(advice.Tensions);
        Assert.Equal(Robustness.DefaultRuns, advice.Robustness.MonteCarloRuns);
    }

    [Fact]
    public void Every_tension_has_a_short_headline_whichever_model_comes_first() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            foreach (var model in EngagementModels.All)
            {
                foreach (var tension in Find(answers, model, advice.Costs))
                {
                    var headline = Tensions.Headline(tension, model);
                    Assert.InRange(headline.Length, 10, 70);
                    Assert.True(headline.Length < tension.Text.Length, tension.Id);
                }
            }
        }, runs: 300);
}
