using EngagementAdvisor.Core.Decision;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>
/// Client situations a senior sourcing consultant meets, each with the advice the consultant would write down before
/// running it (issue 18): the pick, how firm it is, the warnings that must be there and those that must not. The
/// sources' guidance each one rests on is named in its comment.
/// </summary>
public sealed class ConsultantScenarioTests
{
    private static readonly WeightSet Defaults = DefaultWeights.Create();

    private static Advice Advise(Answers answers) => Advisor.Advise(answers, Defaults);

    private static void HasTension(Advice advice, string id) => Assert.Contains(advice.Tensions, t => t.Id == id);

    private static void LacksTension(Advice advice, string id) => Assert.DoesNotContain(advice.Tensions, t => t.Id == id);

    [Fact]
    public void A_brochure_site_with_a_fixed_scope_and_nobody_to_manage_it_is_outsourced_with_a_strong_fit()
    {
        // F20, F77–F80: stable scope, no PM, low control, short one-off work.
        var advice = Advise(TestAnswers.Of("low", "stable", "none", 3, 40_000));

        Assert.Equal(EngagementModel.Outsourcing, advice.Recommendation.Recommended);
        Assert.Equal(FitStrength.Strong, advice.Robustness.Fit);
        Assert.DoesNotContain(advice.Tensions, t => t.Id is "over-budget" or "outsource-then-outstaff" or "change-request-risk");
    }

    [Fact]
    public void An_eight_thousand_dollar_site_is_not_called_sixty_three_thousand_over_budget_but_told_what_its_budget_buys()
    {
        // The review's case: no team size, so no team of three is made up; $8,000 buys under one engineer-month.
        var advice = Advise(TestAnswers.Of("low", "stable", "none", 2, 8_000));

        Assert.Equal(EngagementModel.Outsourcing, advice.Recommendation.Recommended);
        LacksTension(advice, "over-budget");
        var buysLittle = Assert.Single(advice.Tensions, t => t.Id == "budget-buys-little");
        Assert.Contains("months of one engineer's time", buysLittle.Text, StringComparison.Ordinal);
        Assert.InRange(advice.Costs.For(EngagementModel.Outsourcing).BudgetBuys!.Likely, 0.2, 1.5);
    }

    [Fact]
    public void One_machine_learning_specialist_needed_now_is_staff_augmentation_at_the_senior_rate_named_as_the_same_arrangement()
    {
        // F42, F43, F84: a specific skill gap, needed fast, under your own direction; F33: senior rates; F40.
        var advice = Advise(TestAnswers.Of("high", "evolving", "strong", 4, 60_000, team: 1, urgency: "asap", niche: true));

        Assert.Equal(EngagementModel.StaffAugmentation, advice.Recommendation.Recommended);
        Assert.Equal(EngagementModel.Outstaffing, advice.Recommendation.RunnerUp);
        var same = Assert.IsType<SameArrangement>(advice.Robustness.SameArrangement);
        Assert.Contains(same.Separators, s => s.Factor is "start-urgency" or "team-size" or "niche-expertise");
        Assert.Contains(advice.Robustness.Fit, new[] { FitStrength.Strong, FitStrength.Moderate });
        var engineers = advice.Costs.For(EngagementModel.StaffAugmentation).Lines.Single(l => l.Id == "engineers").Amount;
        Assert.Equal(77 * 160 * 4, engineers.Likely, 3);
    }

    [Fact]
    public void A_long_complex_product_with_many_people_and_strong_leadership_goes_offshore_with_outstaffing_as_the_alternative()
    {
        // F45–F49, F80: many people, no fixed deadline, changing requirements, long-term; leadership to take the team over.
        var advice = Advise(TestAnswers.Of("high", "volatile", "strong", 36, 6_000_000, team: 20, urgency: "flexible"));

        Assert.Equal(EngagementModel.Offshoring, advice.Recommendation.Recommended);
        Assert.Equal(EngagementModel.Outstaffing, advice.Recommendation.RunnerUp);
        Assert.Contains(advice.Robustness.Fit, new[] { FitStrength.Strong, FitStrength.Moderate });
        LacksTension(advice, "urgent-offshoring");
        // The outstaffing → offshoring break-even rests on our assumed rates: drawn as an assumption, not a finding.
        Assert.All(advice.Costs.BreakEvens.Where(b => b.CheaperLater == EngagementModel.Offshoring), b => Assert.False(b.Firm));
    }

    [Fact]
    public void The_same_product_needed_at_once_is_not_sent_offshore()
    {
        // F48: an offshore team takes time to assemble.
        var advice = Advise(TestAnswers.Of("high", "volatile", "strong", 36, 6_000_000, team: 20, urgency: "asap"));

        Assert.NotEqual(EngagementModel.Offshoring, advice.Recommendation.Recommended);
        Assert.Contains(advice.Recommendation.KnockOuts, k => k.RuleId == "offshoring-urgent-start");
    }

    [Fact]
    public void A_product_with_no_pm_and_a_moving_scope_is_outsourced_on_time_and_materials_not_a_fixed_price()
    {
        // F34: no PM → not team extension; F14, F15: a moving scope makes a fixed price expensive.
        var advice = Advise(TestAnswers.Of("medium", "evolving", "none", 12, 200_000));

        Assert.Equal(EngagementModel.Outsourcing, advice.Recommendation.Recommended);
        var risk = Assert.Single(advice.Tensions, t => t.Id == "change-request-risk");
        Assert.Contains("time-and-materials", risk.Text, StringComparison.Ordinal);
        // F85's path needs someone to direct the engineers later.
        LacksTension(advice, "outsource-then-outstaff");
    }

    [Fact]
    public void Partial_management_and_a_moderate_wish_for_control_get_a_vendor_managed_dedicated_team()
    {
        // The middle ground: vendor delivery lead, time-and-materials, the client as product owner (F12, F53, F55).
        var advice = Advise(TestAnswers.Of("medium", "evolving", "partial", 12, 600_000, team: 4));

        var form = Assert.IsType<PracticalForm>(advice.PracticalForm);
        Assert.Contains("product owner", form.Text, StringComparison.Ordinal);
        Assert.Contains(advice.Robustness.Fit, new[] { FitStrength.Weak, FitStrength.TossUp, FitStrength.Moderate });
    }

    [Fact]
    public void Occasional_maintenance_is_priced_as_a_few_days_a_month_not_a_full_time_team()
    {
        // F12, F13: maintenance on a retainer or time-and-materials.
        var advice = Advise(TestAnswers.Of("low", "stable", "partial", 24, 60_000, team: 1, workload: "occasional"));

        Assert.Equal(EngagementModel.Outsourcing, advice.Recommendation.Recommended);
        Assert.Equal(0.15, advice.Costs.Workload);
        LacksTension(advice, "over-budget");
        Assert.Contains(EngagementAdvisor.Core.Knowledge.KnowledgeCatalogue.Default.Profile(EngagementModel.Outsourcing).ContractTerms, t => t.Text.Contains("retainer", StringComparison.Ordinal));
    }

    [Fact]
    public void Regulated_data_that_must_stay_onshore_keeps_the_team_at_home_and_prices_it_at_home()
    {
        // F45: offshoring is a team in another country; F37: rates follow where the engineers sit.
        var advice = Advise(TestAnswers.Of("high", "evolving", "strong", 24, 3_000_000, team: 6, sensitivity: "high", location: "onshore", residency: true));

        Assert.Contains(advice.Recommendation.Recommended, new[] { EngagementModel.Outstaffing, EngagementModel.StaffAugmentation });
        Assert.Contains(advice.Recommendation.KnockOuts, k => k.RuleId == "offshoring-data-must-stay");
        LacksTension(advice, "data-abroad");
        var engineers = advice.Costs.For(EngagementModel.Outstaffing).Lines.Single(l => l.Id == "engineers").Amount;
        Assert.Equal(6 * 160 * 24 * 45 * 2.2, engineers.Likely, 3);
    }

    [Fact]
    public void Data_that_must_stay_in_the_country_with_engineers_anywhere_is_warned_about()
    {
        var advice = Advise(TestAnswers.Of("high", "evolving", "strong", 24, 3_000_000, team: 6, location: "any", residency: true));

        HasTension(advice, "data-abroad");
        Assert.NotEqual(EngagementModel.Offshoring, advice.Recommendation.Recommended);
    }

    [Fact]
    public void A_client_who_wants_control_but_has_no_pm_is_told_so_and_outsourcing_comes_with_what_to_write_into_the_contract()
    {
        // F34, F77, F79.
        var advice = Advise(TestAnswers.Of("high", "evolving", "none", 12, 300_000));

        Assert.Equal(EngagementModel.Outsourcing, advice.Recommendation.Recommended);
        HasTension(advice, "control-without-pm");
        var mismatch = Assert.Single(advice.Tensions, t => t.Id == "control-mismatch");
        Assert.Contains("demos", mismatch.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_client_who_would_rather_not_manage_yet_gets_a_team_to_direct_is_told_why_and_offered_a_delivery_lead()
    {
        // Point 1: a pick against an answer comes with the reason it still wins; the middle ground makes it workable.
        var advice = Advise(TestAnswers.Of("low", "volatile", "strong", 36, 2_000_000, team: 8));

        Assert.NotEqual(EngagementModel.Offshoring, advice.Recommendation.Recommended);
        if (advice.Recommendation.Recommended != EngagementModel.Outsourcing)
        {
            HasTension(advice, "control-mismatch");
            Assert.NotNull(advice.PracticalForm);
        }
        Assert.NotEqual(FitStrength.Strong, advice.Robustness.Fit);
    }

    [Fact]
    public void Thin_management_behind_a_directed_team_is_a_condition_to_meet_not_a_prediction_of_failure()
    {
        // The review: outstaffing recommended beside a warning that it "tends to go wrong". Now: what to put in place.
        var advice = Advise(TestAnswers.Of("high", "evolving", "partial", 12, 300_000, team: 3));

        if (advice.Recommendation.Recommended == EngagementModel.Outsourcing) return;
        var thin = Assert.Single(advice.Tensions, t => t.Id == "thin-pm-for-team-extension");
        Assert.Contains("name the product owner and the tech lead", thin.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("go wrong", thin.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_six_month_engagement_says_it_sits_at_the_sources_rule_of_thumb()
    {
        // F36: 6+ months of ongoing work → outstaffing, a rule of thumb rather than a step.
        var advice = Advise(TestAnswers.Of("high", "evolving", "strong", 6, 150_000, team: 2));

        var note = Assert.Single(advice.Robustness.NearThresholds);
        Assert.Contains("6 months", note.Text, StringComparison.Ordinal);
        Assert.Contains("F36", note.Facts);
    }
}
