using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>
/// What a senior sourcing consultant checks in any result (issue 18), as properties over random questionnaires: a
/// feasible pick, no cliffs, one arrangement under two names, an honest strength of fit, costs that follow from the
/// answers and phased advice only where it fits.
/// </summary>
public sealed class AdvicePropertyTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static readonly EngagementModel[] Directed = [EngagementModel.Outstaffing, EngagementModel.StaffAugmentation, EngagementModel.Offshoring];

    // 1. Feasibility before preference.

    [Fact]
    public void Offshoring_is_never_picked_without_the_leadership_to_take_the_team_over_nor_for_a_few_people_short_work_or_an_urgent_start() =>
        AnswersGen.ForAll(answers =>
        {
            if (Scorer.Score(answers, Defaults).Recommended != EngagementModel.Offshoring) return;
            // F46: supervision is handed to the client; F47: many people; F48: time to assemble; F49: repaid over the long run.
            Assert.False(answers.Is(Questionnaire.InHousePm, "none"), answers.ToString());
            Assert.False(answers.TeamSize is <= 2, answers.ToString());
            Assert.False(answers.DurationMonths < 12, answers.ToString());
            Assert.False(answers.IsAnswered(Questionnaire.StartUrgency) && answers.Is(Questionnaire.StartUrgency, "asap"), answers.ToString());
            Assert.False(answers.IsAnswered(Questionnaire.TeamLocation) && answers.Is(Questionnaire.TeamLocation, "onshore"), answers.ToString());
            Assert.False(answers.IsAnswered(Questionnaire.DataResidency) && answers.Is(Questionnaire.DataResidency, "yes"), answers.ToString());
        }, runs: 1_000);

    [Fact]
    public void Without_an_in_house_pm_no_model_the_client_must_direct_comes_first() =>
        AnswersGen.ForAll(answers =>
        {
            var noPm = answers.With(Questionnaire.InHousePm, "none");
            var result = Scorer.Score(noPm, Defaults);
            Assert.Equal(EngagementModel.Outsourcing, result.Recommended);
            Assert.All(Directed, model => Assert.Contains(result.KnockOuts, k => k.Model == model && k.Points > 0));
        }, runs: 500);

    [Fact]
    public void A_partial_pm_weakens_every_model_the_client_must_direct_and_offshoring_most() =>
        AnswersGen.ForAll(answers =>
        {
            var strong = Scorer.Score(answers.With(Questionnaire.InHousePm, "strong"), Defaults);
            var partial = Scorer.Score(answers.With(Questionnaire.InHousePm, "partial"), Defaults);
            double Lead(Recommendation r, EngagementModel model) => r.ScoreOf(model) - r.ScoreOf(EngagementModel.Outsourcing);
            foreach (var model in Directed.Where(m => partial.ScoreOf(m) > 0))
            {
                // Against outsourcing, which brings its own management (a score held at 0 by other rules can fall no further).
                Assert.True(Lead(partial, model) < Lead(strong, model) - 5, $"{model}: {answers}");
            }
            Assert.Contains(partial.KnockOuts, k => k.RuleId == "thin-pm-offshoring");
            var offshoringPenalty = partial.KnockOuts.Single(k => k.RuleId == "thin-pm-offshoring").Points;
            Assert.All(partial.KnockOuts.Where(k => k.RuleId.StartsWith("thin-pm-", StringComparison.Ordinal)), k => Assert.True(k.Points <= offshoringPenalty));
        }, runs: 300);

    [Fact]
    public void A_pick_against_the_wish_for_low_control_always_says_why_it_still_wins() =>
        AnswersGen.ForAll(answers =>
        {
            var low = answers.With(Questionnaire.Control, "low");
            var advice = Advisor.Advise(low, Defaults);
            if (!Directed.Contains(advice.Recommendation.Recommended)) return;
            var tension = Assert.Single(advice.Tensions, t => t.Id == "control-mismatch");
            Assert.Contains("mainly because of your answers on", tension.Text, StringComparison.Ordinal);
        }, runs: 300);

    // 2. No cliffs.

    public static TheoryData<string> Numbers() => ["duration", "budget", "team-size"];

    [Theory]
    [MemberData(nameof(Numbers))]
    public void One_more_month_person_or_dollar_moves_a_score_by_at_most_three_points_and_the_winner_only_from_a_whisker(string id) =>
        AnswersGen.ForAll(answers =>
        {
            var question = Questionnaire.Default.Find(id)!;
            if (answers.Number(question) is not { } value || value >= question.Max) return;
            var before = Scorer.Score(answers, Defaults);
            var after = Scorer.Score(answers.With(question, value + 1), Defaults);
            foreach (var model in EngagementModels.All)
            {
                Assert.InRange(Math.Abs(after.ScoreOf(model) - before.ScoreOf(model)), 0, 3);
            }
            if (after.Recommended != before.Recommended)
            {
                Assert.InRange(before.Ranking[0].Score - before.Ranking[1].Score, 0, 3);
            }
        }, runs: 1_000);

    [Fact]
    public void An_answer_near_the_six_month_rule_of_thumb_says_so_when_outstaffing_is_in_question_and_one_far_from_it_does_not() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            var robustness = advice.Robustness;
            var teamExtensionInQuestion = new[] { advice.Recommendation.Recommended, advice.Recommendation.RunnerUp }
                .Any(m => m is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation);
            var near = Math.Abs(answers.DurationMonths - 6) <= 2 && teamExtensionInQuestion;
            Assert.Equal(near, robustness.NearThresholds.Any(n => n.Factor == "duration" && n.Facts.Contains("F36")));
            Assert.All(robustness.NearThresholds, n => Assert.Contains(Questionnaire.Duration.Unit!.Describe(answers.DurationMonths), n.Text, StringComparison.Ordinal));
        }, runs: 200);

    // 3. Team extension: one arrangement under two names.

    [Fact]
    public void Outstaffing_and_staff_augmentation_are_never_more_than_ten_points_apart() =>
        AnswersGen.ForAll(answers =>
        {
            var result = Scorer.Score(answers, Defaults);
            Assert.InRange(Math.Abs(result.ScoreOf(EngagementModel.Outstaffing) - result.ScoreOf(EngagementModel.StaffAugmentation)), 0, Weighing.TeamExtensionSpread);
        }, runs: 1_000);

    [Fact]
    public void Whenever_they_are_the_top_two_the_result_says_they_are_one_arrangement_and_what_separates_them_here() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            var r = advice.Recommendation;
            var pair = new[] { r.Recommended, r.RunnerUp }.Order().SequenceEqual([EngagementModel.Outstaffing, EngagementModel.StaffAugmentation]);
            Assert.Equal(pair, advice.Robustness.SameArrangement is not null);
            if (advice.Robustness.SameArrangement is { } same)
            {
                Assert.Contains("F40", same.Facts);
                Assert.Contains("same arrangement", same.Note, StringComparison.Ordinal);
                Assert.All(same.Separators, s => Assert.Contains(s.Factor, TeamExtensionSeparators));
            }
        }, runs: 300);

    /// <summary>The answers that truly separate the two names: individual specialists for a spike or a skill gap, needed fast, against a long-lived team (F42, F43, F84, F36).</summary>
    private static readonly string[] TeamExtensionSeparators = ["duration", "team-size", "workload", "start-urgency", "niche-expertise"];

    [Fact]
    public void Only_the_separating_answers_lean_differently_towards_the_two_names_and_no_rule_tells_them_apart()
    {
        foreach (var factor in Defaults.Factors.Where(f => !TeamExtensionSeparators.Contains(f.Factor)))
        {
            Assert.All(factor.Levels, l => Assert.True(l.Outstaffing == l.StaffAugmentation, $"{factor.Factor}:{l.Level}"));
        }
        foreach (var rule in Defaults.KnockOuts.Where(k => k.Model == "outstaffing"))
        {
            Assert.Contains(Defaults.KnockOuts, k => k.Model == "staff-augmentation" && (k.Factor, k.Level, k.Effect, k.Penalty) == (rule.Factor, rule.Level, rule.Effect, rule.Penalty));
        }
        Assert.Equal(Defaults.KnockOuts.Count(k => k.Model == "outstaffing"), Defaults.KnockOuts.Count(k => k.Model == "staff-augmentation"));
    }

    // 4. Honest uncertainty.

    [Fact]
    public void A_margin_of_a_few_points_is_never_a_strong_or_moderate_fit_and_a_strong_fit_is_a_clear_lead_that_holds() =>
        AnswersGen.ForAll(answers =>
        {
            var robustness = Advisor.Advise(answers, Defaults).Robustness;
            // Between the two team-extension names the fit is the arrangement's, against the third model.
            var margin = robustness.ArrangementMargin ?? robustness.Margin;
            if (margin < Robustness.CloseCallMargin) Assert.Contains(robustness.Fit, new[] { FitStrength.Weak, FitStrength.TossUp });
            if (robustness.Fit == FitStrength.Strong) Assert.True(margin >= 10);
            Assert.Equal(Math.Round(robustness.Margin), robustness.Margin);
        }, runs: 300);

    [Fact]
    public void Close_calls_are_almost_never_near_certain_once_every_judgement_varies()
    {
        // The review found 46 of 100 close calls reported as winning at least 99% of runs, when only importances varied.
        var closeCalls = 0;
        var nearCertain = 0;
        AnswersGen.ForAll(answers =>
        {
            var robustness = Advisor.Advise(answers, Defaults).Robustness;
            if (robustness.Margin >= Robustness.CloseCallMargin || robustness.SameArrangement is not null) return;
            closeCalls++;
            if (robustness.WinShare >= 0.95) nearCertain++;
        }, runs: 300);

        Assert.True(closeCalls > 30, $"{closeCalls} close calls");
        Assert.True(nearCertain <= closeCalls / 20, $"{nearCertain} of {closeCalls} close calls win at least 95% of runs");
    }

    [Fact]
    public void What_would_change_it_offers_only_numbers_within_a_plausible_reach_of_the_answer() =>
        AnswersGen.ForAll(answers =>
        {
            var robustness = Advisor.Advise(answers, Defaults).Robustness;
            foreach (var flip in new[] { robustness.DurationFlip, robustness.BudgetFlip, robustness.TeamSizeFlip }.OfType<NumericFlip>())
            {
                var reachLow = Math.Min(flip.From - 2, flip.From / 2) - (flip.Factor == "budget" ? 5_000 : 0);
                var reachHigh = Math.Max(flip.From + 2, flip.From * 2) + (flip.Factor == "budget" ? 5_000 : 0);
                Assert.InRange(flip.To, reachLow, reachHigh);
                Assert.NotEqual(flip.From, flip.To);
            }
        }, runs: 200);

    // 5. Costs a buyer can trust.

    [Fact]
    public void Without_a_team_size_no_over_budget_warning_is_built_on_a_made_up_team() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers.With(Questionnaire.TeamSize, (string?)null), Defaults);
            Assert.DoesNotContain(advice.Tensions, t => t.Id == "over-budget");
            Assert.True(advice.Costs.TeamSizeAssumed);
            Assert.Equal(1, advice.Costs.TeamSize);
            Assert.All(advice.Costs.Models, m => Assert.NotNull(m.BudgetBuys));
            // The budget fit is what the budget buys: one engineer for the whole duration, or not.
            var recommended = advice.Costs.For(advice.Recommendation.Recommended);
            Assert.Equal(recommended.BudgetBuys!.Likely < advice.Costs.Months, advice.Tensions.Any(t => t.Id == "budget-buys-little"));
        }, runs: 200);

    [Fact]
    public void Niche_expertise_is_priced_in_the_senior_band_of_F33_whatever_else_was_answered() =>
        AnswersGen.ForAll(answers =>
        {
            var niche = answers.With(Questionnaire.NicheExpertise, "yes").With(Questionnaire.TeamLocation, "nearshore");
            var estimate = CostEstimator.Estimate(niche, CostAssumptions.Default);
            var hours = estimate.TeamSize * estimate.Months * 160.0 * estimate.Workload;
            var engineers = estimate.For(EngagementModel.Outstaffing).Lines.Single(l => l.Id == "engineers").Amount;
            Assert.Equal(70, engineers.Low / hours, 6);
            Assert.Equal(85, engineers.High / hours, 6);
        }, runs: 200);

    [Fact]
    public void Occasional_work_costs_a_fraction_of_a_full_time_team() =>
        AnswersGen.ForAll(answers =>
        {
            var fullTime = CostEstimator.Estimate(answers.With(Questionnaire.Workload, "full-time"), CostAssumptions.Default);
            var occasional = CostEstimator.Estimate(answers.With(Questionnaire.Workload, "occasional"), CostAssumptions.Default);
            foreach (var model in EngagementModels.All)
            {
                Assert.True(occasional.For(model).Total.Likely < 0.5 * fullTime.For(model).Total.Likely + 100_000, model.ToString());
            }
        }, runs: 200);

    // 6. The middle ground and phases.

    [Fact]
    public void Phased_advice_never_goes_to_a_client_who_wants_low_control_has_no_pm_or_short_work() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            if (!advice.Tensions.Any(t => t.Kind == TensionKind.PhasedAdvice)) return;
            Assert.False(answers.Is(Questionnaire.Control, "low"), answers.ToString());
            Assert.False(answers.Is(Questionnaire.InHousePm, "none"), answers.ToString());
            Assert.NotEqual("short", answers.LevelId(Questionnaire.Duration));
        }, runs: 300);

    [Fact]
    public void The_vendor_managed_dedicated_team_is_offered_where_management_is_partial_and_control_medium_or_a_reluctant_client_must_direct() =>
        AnswersGen.ForAll(answers =>
        {
            var advice = Advisor.Advise(answers, Defaults);
            var fits = (answers.Is(Questionnaire.InHousePm, "partial") && answers.Is(Questionnaire.Control, "medium"))
                || (answers.Is(Questionnaire.Control, "low") && advice.Recommendation.Recommended != EngagementModel.Outsourcing);
            Assert.Equal(fits, advice.PracticalForm is not null);
            if (advice.PracticalForm is { } form) Assert.Contains("time-and-materials", form.Text, StringComparison.Ordinal);
        }, runs: 200);

    [Fact]
    public void Cost_claims_never_contradict_the_cost_table()
    {
        // "Outsourcing is the cheaper option to start" once sat beside a table where it was the dearest: no tension or
        // reason text makes a cost claim; the cost table is the one place costs are stated.
        var texts = Questionnaire.Default.Scored.SelectMany(q => q.Levels.Select(l => ReasonTexts.For(q, l.Id).Text));
        Assert.All(texts, text => Assert.DoesNotContain("cheaper", text, StringComparison.OrdinalIgnoreCase));
        AnswersGen.ForAll(answers =>
            Assert.All(Advisor.Advise(answers, Defaults).Tensions, t => Assert.DoesNotContain("cheaper", t.Text, StringComparison.OrdinalIgnoreCase)), runs: 100);
    }

    // 7. Where the team sits and how sensitive the data is.

    [Fact]
    public void Data_that_must_stay_in_the_country_is_warned_about_for_every_model_that_may_move_it_abroad() =>
        AnswersGen.ForAll(answers =>
        {
            var mustStay = answers.With(Questionnaire.DataResidency, "yes");
            var advice = Advisor.Advise(mustStay, Defaults);
            var onshore = mustStay.IsAnswered(Questionnaire.TeamLocation) && mustStay.Is(Questionnaire.TeamLocation, "onshore");
            Assert.Equal(!onshore, advice.Tensions.Any(t => t.Id == "data-abroad"));
            Assert.NotEqual(EngagementModel.Offshoring, advice.Recommendation.Recommended);
        }, runs: 200);

    [Fact]
    public void Offshorings_confidentiality_advantage_is_shown_as_the_claim_of_a_firm_that_sells_it()
    {
        var text = ReasonTexts.For(Questionnaire.DataSensitivity, "high");
        Assert.Contains("claim", text.Text, StringComparison.Ordinal);
        Assert.Contains("F50", text.Facts);

        var answers = TestAnswers.Of("high", "volatile", "strong", 36, 6_000_000, team: 20, urgency: "flexible", sensitivity: "high");
        var advice = Advisor.Advise(answers, Defaults);
        Assert.Equal(EngagementModel.Offshoring, advice.Recommendation.Recommended);
        var tension = Assert.Single(advice.Tensions, t => t.Id == "confidentiality-claim");
        Assert.Contains("firm selling offshore teams", tension.Text, StringComparison.Ordinal);
    }
}
