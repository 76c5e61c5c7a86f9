using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Tests.Decision;

namespace EngagementAdvisor.Core.Tests.Costs;

public sealed class CostEstimatorTests
{
    private static readonly CostAssumptions Defaults = CostAssumptions.Default;

    private static Answers Base => TestAnswers.Of("medium", "stable", "strong", 12, 500_000, team: 3);

    [Fact]
    public void Every_total_is_the_sum_of_its_lines_and_low_likely_high_are_ordered() =>
        AnswersGen.ForAll(answers =>
        {
            foreach (var cost in CostEstimator.Estimate(answers, Defaults).Models)
            {
                Assert.Equal(cost.Lines.Sum(l => l.Amount.Likely), cost.Total.Likely, 6);
                Assert.True(cost.Total.Low <= cost.Total.Likely && cost.Total.Likely <= cost.Total.High);
            }
        });

    [Fact]
    public void Longer_work_or_more_people_never_costs_less() =>
        AnswersGen.ForAll(answers =>
        {
            var now = CostEstimator.Estimate(answers, Defaults);
            var longer = CostEstimator.Estimate(answers.With(Questionnaire.Duration, Math.Min(120, answers.DurationMonths + 1)), Defaults);
            var bigger = CostEstimator.Estimate(answers.With(Questionnaire.TeamSize, (answers.TeamSize ?? Defaults.DefaultTeamSize) + 1), Defaults);
            foreach (var model in EngagementModels.All)
            {
                Assert.True(longer.For(model).Total.Likely >= now.For(model).Total.Likely);
                Assert.True(bigger.For(model).Total.Likely >= now.For(model).Total.Likely);
            }
        });

    [Fact]
    public void Three_outstaffed_engineers_for_a_year_cost_their_hours_at_the_likely_rate_plus_ramp_and_management()
    {
        var cost = CostEstimator.Estimate(Base, Defaults).For(EngagementModel.Outstaffing);

        var engineers = 3 * 160 * 45.0 * 12;                  // $259,200
        var ramp = 3 / 4.33 * 45 * 160 * 3 * 0.5;             // three weeks at half speed
        var management = engineers * 0.15;
        Assert.Equal(engineers + ramp + management, cost.Total.Likely, 3);
    }

    [Theory]
    [InlineData("stable", 0)]
    [InlineData("evolving", 0.25)]
    [InlineData("volatile", 0.5)]
    public void Only_outsourcing_carries_a_change_request_buffer_and_only_when_scope_moves(string scope, double likelyShare)
    {
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.ScopeStability, scope), Defaults);

        var outsourcing = estimate.For(EngagementModel.Outsourcing);
        var buffer = outsourcing.Lines.SingleOrDefault(l => l.Id == "scope-changes");
        var price = outsourcing.Lines.Single(l => l.Id == "vendor-price").Amount.Likely;
        Assert.Equal(likelyShare, buffer is null ? 0 : buffer.Amount.Likely / price, 6);
        Assert.All(estimate.Models.Where(m => m.Model != EngagementModel.Outsourcing), m => Assert.DoesNotContain(m.Lines, l => l.Id == "scope-changes"));
    }

    [Fact]
    public void Your_own_management_time_counts_for_the_models_you_direct_but_not_for_outsourcing()
    {
        var estimate = CostEstimator.Estimate(Base, Defaults);

        Assert.Contains(estimate.For(EngagementModel.Outstaffing).Lines, l => l.Id == "your-management");
        Assert.Contains(estimate.For(EngagementModel.StaffAugmentation).Lines, l => l.Id == "your-management");
        Assert.DoesNotContain(estimate.For(EngagementModel.Outsourcing).Lines, l => l.Id == "your-management");
        Assert.Contains(estimate.For(EngagementModel.Offshoring).Lines, l => l.Id == "set-up" && l.UpFront);
    }

    [Theory]
    [InlineData(10_000_000, BudgetFit.Fits)]
    [InlineData(10_000, BudgetFit.Over)]
    public void The_budget_fit_compares_the_range_with_the_budget(long budget, BudgetFit fit) =>
        Assert.Equal(fit, CostEstimator.Estimate(Base.With(Questionnaire.Budget, budget), Defaults).For(EngagementModel.Outstaffing).Fit);

    [Fact]
    public void A_budget_between_likely_and_high_is_tight()
    {
        var total = CostEstimator.Estimate(Base, Defaults).For(EngagementModel.Outstaffing).Total;
        var budget = (long)((total.Likely + total.High) / 2);

        Assert.Equal(BudgetFit.Tight, CostEstimator.Estimate(Base.With(Questionnaire.Budget, budget), Defaults).For(EngagementModel.Outstaffing).Fit);
    }

    [Fact]
    public void Offshorings_up_front_investment_pays_back_within_a_long_engagement()
    {
        // F49: more up front, cheaper in the long run. The curves cross; brute force agrees on the month.
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.Duration, 60), Defaults);
        var outstaffing = estimate.For(EngagementModel.Outstaffing);
        var offshoring = estimate.For(EngagementModel.Offshoring);
        var firstCheaper = Enumerable.Range(1, 60).First(m => offshoring.LikelyByMonth(m, 60) < outstaffing.LikelyByMonth(m, 60));

        var breakEven = Assert.Single(estimate.BreakEvens, b => b.CheaperLater == EngagementModel.Offshoring && b.CheaperFirst == EngagementModel.Outstaffing);

        Assert.Equal(firstCheaper, breakEven.Month);
        Assert.True(offshoring.LikelyByMonth(1, 60) > outstaffing.LikelyByMonth(1, 60));
    }

    [Fact]
    public void A_missing_team_size_falls_back_to_the_stated_assumption()
    {
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, (string?)null), Defaults);

        Assert.True(estimate.TeamSizeAssumed);
        Assert.Equal(Defaults.DefaultTeamSize, estimate.TeamSize);
    }

    [Fact]
    public void Every_assumption_is_listed_with_its_source_or_marked_as_ours()
    {
        var lines = Defaults.Describe();

        Assert.All(lines, l => Assert.True(l.OurAssumption || l.Facts.Count > 0, l.Id));
        Assert.Contains(lines, l => l.Value.Contains("$25–80/hr", StringComparison.Ordinal) && l.Facts.Contains("F32") && !l.OurAssumption);
        foreach (var fact in new[] { "F35", "F16", "F55", "F14", "F15", "F49", "F42" })
        {
            Assert.Contains(lines, l => l.Facts.Contains(fact));
        }
    }

    [Fact]
    public void The_assumptions_survive_a_json_round_trip_as_stored_in_a_weight_set()
    {
        var options = new System.Text.Json.JsonSerializerOptions(System.Text.Json.JsonSerializerDefaults.Web);

        var json = System.Text.Json.JsonSerializer.Serialize(Defaults, options);
        var back = System.Text.Json.JsonSerializer.Deserialize<CostAssumptions>(json, options);

        Assert.Equal(Defaults, back);
    }
}
