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
        // F45–F50, F80: many people, no fixed deadline, changing requirements, long-term, and the leadership to take
        // the team over as a division of the company (F46).
        var answers = Answers("high", "volatile", "strong", months: 36, budget: 6_000_000,
            team: 20, urgency: "flexible", sensitivity: "high");

        var result = Scorer.Score(answers, Defaults);

        Assert.Equal(EngagementModel.Offshoring, result.Recommended);
        Assert.Equal(EngagementModel.Outstaffing, result.RunnerUp);
    }

    [Fact]
    public void The_same_offshoring_case_with_only_partial_management_is_no_longer_a_clear_offshoring_pick()
    {
        // F46: the offshore team is handed over for the client to supervise; partial leadership weakens offshoring most.
        var strong = Scorer.Score(Answers("high", "volatile", "strong", 36, 6_000_000, 20, "flexible", "high"), Defaults);
        var partial = Scorer.Score(Answers("high", "volatile", "partial", 36, 6_000_000, 20, "flexible", "high"), Defaults);

        var offshoringLead = (Recommendation r) => r.ScoreOf(EngagementModel.Offshoring) - r.ScoreOf(EngagementModel.Outstaffing);
        Assert.True(offshoringLead(partial) < offshoringLead(strong));
        Assert.Contains(partial.KnockOuts, k => k.RuleId == "thin-pm-offshoring");
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
            var sum = Scorer.Baseline + result.Contributions.Sum(c => c.For(entry.Model)) - result.KnockOuts.Where(k => k.Model == entry.Model).Sum(k => k.Points);
            Assert.Equal(sum, entry.Score, 0.6); // whole-number scores over contributions shown to two decimals
        }
        Assert.Equal(Questionnaire.Default.Scored.Count - 3, result.Contributions.Count); // workload, location and residency unanswered
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
    [InlineData(6, 0)]   // half-way: the lower level, the result's near-threshold note says the rest
    [InlineData(7, 1)]
    [InlineData(16, 1)]
    [InlineData(17, 2)]
    public void Duration_reads_as_the_level_it_is_nearest(int months, int level) =>
        Assert.Equal(level, Questionnaire.Duration.LevelOf(months));

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
        // Only control counts, and it leans equally to outsourcing and outstaffing: the tie goes to the fixed model order.
        var weights = new WeightSet([.. Defaults.Factors.Select(f => f.Factor == "control"
            ? f with { Levels = [.. f.Levels.Select(l => new LevelAffinity(l.Level, 1, 1, 0, 0))] }
            : f with { Importance = 0 })]);

        var result = Scorer.Score(Answers("low", "stable", "strong", months: 12, budget: 10_000, sensitivity: "high"), weights);

        Assert.Equal(result.ScoreOf(EngagementModel.Outsourcing), result.ScoreOf(EngagementModel.Outstaffing));
        Assert.Equal(EngagementModel.Outsourcing, result.Recommended);
        Assert.Equal(EngagementModel.Outstaffing, result.RunnerUp);
    }

    [Fact]
    public void Sums_equal_on_paper_tie_whatever_the_floating_point_noise_of_the_other_answers()
    {
        // Long work leans to outstaffing by 6 (importance 6 × 1) and occasional work to staff augmentation by 6 (3 × 2):
        // the two are equal, so the fixed order puts outstaffing first at every budget, not the last bits of a double.
        for (var months = 24; months <= 120; months += 4)
        {
            for (var i = 0; i <= 300; i++)
            {
                var budget = (long)Math.Round(1_000 * Math.Pow(100_000, i / 300.0));
                var answers = TestAnswers.Of("high", "stable", "strong", months, budget, workload: "occasional");
                var ranking = Scorer.Score(answers, Defaults).Ranking.Select(r => r.Model).ToList();

                Assert.True(ranking.IndexOf(EngagementModel.Outstaffing) < ranking.IndexOf(EngagementModel.StaffAugmentation), $"{months} months, ${budget}");
            }
        }
    }
}
