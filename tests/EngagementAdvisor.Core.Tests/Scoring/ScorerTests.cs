using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Scoring;

public sealed class ScorerTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static Answers Answers(
        string control = "medium",
        string scope = "evolving",
        string pm = "partial",
        int months = 12,
        long budget = 200_000,
        int? team = null,
        string? urgency = null,
        string? sensitivity = null,
        bool? niche = null) => TestAnswers.Of(control, scope, pm, months, budget, team, urgency, sensitivity, niche);

    [Fact]
    public void No_pm_stable_scope_low_control_and_short_work_recommends_outsourcing()
    {
        // F20, F77, F78, F79, F80: the sources' textbook outsourcing case.
        var result = Scorer.Score(Answers("low", "stable", "none", months: 4, budget: 60_000), Defaults);

        Assert.Equal(EngagementModel.Outsourcing, result.Recommended);
    }

    [Fact]
    public void Long_large_volatile_confidential_work_with_full_control_recommends_offshoring()
    {
        // F45–F50, F80, F82: many people, no fixed deadline, changing requirements, confidentiality.
        var answers = Answers("high", "volatile", "partial", months: 36, budget: 3_000_000,
            team: 20, urgency: "flexible", sensitivity: "high");

        Assert.Equal(EngagementModel.Offshoring, Scorer.Score(answers, Defaults).Recommended);
    }

    [Theory]
    [InlineData("medium")]
    [InlineData("high")]
    public void Strong_pm_evolving_scope_and_long_work_recommends_a_team_extension_model(string control)
    {
        // F36, F79, F80: ongoing work directed by your own PM → outstaffing or staff augmentation.
        var result = Scorer.Score(Answers(control, "evolving", "strong", months: 18, budget: 400_000), Defaults);

        Assert.Contains(result.Recommended, new[] { EngagementModel.Outstaffing, EngagementModel.StaffAugmentation });
    }

    [Fact]
    public void An_urgent_skill_gap_for_one_specialist_recommends_staff_augmentation()
    {
        // F42, F43, F84: a specific skill gap, needed fast, under your own direction.
        var answers = Answers("high", "evolving", "strong", months: 4, budget: 60_000,
            team: 1, urgency: "asap", niche: true);

        Assert.Equal(EngagementModel.StaffAugmentation, Scorer.Score(answers, Defaults).Recommended);
    }

    [Fact]
    public void Without_a_pm_the_team_extension_models_rank_below_outsourcing_even_when_control_is_wanted()
    {
        // F34: without a strong PM and tech lead, outstaffing is probably not the right choice.
        var result = Scorer.Score(Answers("medium", "evolving", "none", months: 12), Defaults);

        Assert.True(result.ScoreOf(EngagementModel.Outsourcing) > result.ScoreOf(EngagementModel.Outstaffing));
        Assert.True(result.ScoreOf(EngagementModel.Outsourcing) > result.ScoreOf(EngagementModel.StaffAugmentation));
    }

    [Fact]
    public void The_ranking_has_all_four_models_best_first_with_scores_between_0_and_100()
    {
        var result = Scorer.Score(Answers(), Defaults);

        Assert.Equal(EngagementModels.All.OrderBy(m => m), result.Ranking.Select(r => r.Model).OrderBy(m => m));
        Assert.All(result.Ranking, r => Assert.InRange(r.Score, 0, 100));
        Assert.Equal(result.Ranking.OrderByDescending(r => r.Score).Select(r => r.Score), result.Ranking.Select(r => r.Score));
    }

    [Fact]
    public void Scoring_the_same_answers_twice_gives_the_same_result()
    {
        var answers = Answers("high", "volatile", "strong", 30, 900_000, 8, "soon", "medium", true);

        var first = Scorer.Score(answers, Defaults);
        var second = Scorer.Score(answers, DefaultWeights.Create());

        Assert.Equal(first.Ranking, second.Ranking);
        Assert.Equal(first.ReasonsFor.Select(r => r.Text), second.ReasonsFor.Select(r => r.Text));
    }

    [Fact]
    public void Every_model_score_is_the_baseline_plus_its_factor_contributions()
    {
        var result = Scorer.Score(Answers("low", "volatile", "strong", 7, 20_000, 2, "asap", "low", false), Defaults);

        foreach (var entry in result.Ranking)
        {
            var sum = Scorer.Baseline + result.Contributions.Sum(c => c.For(entry.Model));
            Assert.Equal(entry.Score, sum, precision: 0);
        }
        Assert.Equal(Questionnaire.Default.Scored.Count, result.Contributions.Count);
    }

    [Fact]
    public void Unanswered_refinements_do_not_count()
    {
        var result = Scorer.Score(Answers(), Defaults);

        Assert.DoesNotContain(result.Contributions, c => c.Factor is "team-size" or "start-urgency" or "data-sensitivity" or "niche-expertise");
        Assert.Equal(5, result.Contributions.Count);
    }

    [Fact]
    public void Reasons_name_the_answers_that_weighed_most_for_the_winner()
    {
        var result = Scorer.Score(Answers("low", "stable", "none", months: 3, budget: 30_000), Defaults);

        Assert.Equal(3, result.ReasonsFor.Count);
        Assert.Equal("in-house-pm", result.ReasonsFor[0].Factor);
        Assert.Contains("no in-house project manager", result.ReasonsFor[0].Text, StringComparison.Ordinal);
        Assert.All(result.ReasonsFor, r => Assert.True(r.Points > 0));
        Assert.All(result.ReasonsFor, r => Assert.NotEmpty(r.Facts));
    }

    [Fact]
    public void Reasons_against_show_answers_that_argued_for_other_models()
    {
        // A strong in-house PM argues for directing the team yourself, yet everything else says outsourcing.
        var result = Scorer.Score(Answers("low", "stable", "strong", months: 3, budget: 30_000), Defaults);

        Assert.Equal(EngagementModel.Outsourcing, result.Recommended);
        Assert.Equal("in-house-pm", Assert.Single(result.ReasonsAgainst).Factor);
        Assert.All(result.ReasonsAgainst, r => Assert.True(r.Points < 0));
    }

    [Fact]
    public void A_weight_set_where_nothing_matters_scores_every_model_neutral()
    {
        var flat = new WeightSet(DefaultWeights.Create().Factors.Select(f => f with { Importance = 0 }).ToList());

        var result = Scorer.Score(Answers(), flat);

        Assert.All(result.Ranking, r => Assert.Equal(50, r.Score));
        Assert.Equal(EngagementModel.Outsourcing, result.Recommended); // ties fall back to the fixed model order
    }

    [Theory]
    [InlineData(5, 0)]
    [InlineData(6, 1)]
    [InlineData(17, 1)]
    [InlineData(18, 2)]
    public void Duration_falls_into_the_bands_the_sources_use(int months, int level) =>
        Assert.Equal(level, Questionnaire.Duration.BandOf(months));

    [Fact]
    public void Every_factor_level_has_a_reason_text_with_its_facts()
    {
        foreach (var question in Questionnaire.Default.Scored)
        {
            foreach (var level in question.Levels)
            {
                var text = ReasonTexts.For(question, level.Id);
                Assert.NotEmpty(text.Facts);
                Assert.True(text.Text.Length > 30, $"{question.Id}:{level.Id} has no real reason text");
            }
        }
    }

    [Fact]
    public void The_default_weights_cover_every_factor_and_level()
    {
        var defaults = DefaultWeights.Create();
        foreach (var question in Questionnaire.Default.Scored)
        {
            var weight = defaults.Find(question.Id);
            Assert.NotNull(weight);
            Assert.Equal(question.Levels.Select(l => l.Id), weight.Levels.Select(l => l.Level));
        }
    }

    [Fact]
    public void Models_with_equal_weighted_sums_tie_exactly_and_the_fixed_model_order_decides()
    {
        // Outsourcing and outstaffing both sum to +20 here; floating-point noise once put outstaffing first.
        var answers = Answers("low", "stable", "strong", months: 12, budget: 10_000, sensitivity: "high");

        var result = Scorer.Score(answers, Defaults);

        Assert.Equal(result.ScoreOf(EngagementModel.Outsourcing), result.ScoreOf(EngagementModel.Outstaffing));
        Assert.Equal(EngagementModel.Outsourcing, result.Recommended);
    }
}
