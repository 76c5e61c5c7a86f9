using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using static EngagementAdvisor.Core.Tests.Costs.CostInputs;

namespace EngagementAdvisor.Core.Tests.Costs;

public sealed class CostPerModelTests
{
    private const int Tolerance = 6; // decimal places when comparing sums of doubles

    [Theory]
    [InlineData(1, 1, "stable")]
    [InlineData(12, 3, "evolving")]
    [InlineData(36, 20, "volatile")]
    [InlineData(120, 500, "volatile")]
    public void Every_total_is_the_sum_of_its_visible_lines(int months, int team, string scope)
    {
        var estimate = Estimate(months, team, scope);

        Assert.Equal(EngagementModels.All, estimate.Models.Select(m => m.Model));
        foreach (var cost in estimate.Models)
        {
            Assert.NotEmpty(cost.Lines);
            Assert.Equal(Sum(cost.Lines, a => a.Low), cost.Total.Low, Tolerance);
            Assert.Equal(Sum(cost.Lines, a => a.Likely), cost.Total.Likely, Tolerance);
            Assert.Equal(Sum(cost.Lines, a => a.High), cost.Total.High, Tolerance);
            Assert.Equal(cost.Lines.Count, cost.Lines.Select(l => l.Id).Distinct().Count());
            Assert.All(cost.Lines, line => Assert.False(string.IsNullOrWhiteSpace(line.Label)));
        }
    }

    [Theory]
    [InlineData("stable")]
    [InlineData("evolving")]
    [InlineData("volatile")]
    public void Low_is_at_most_likely_and_likely_at_most_high_for_every_line_and_total(string scope)
    {
        foreach (var months in new[] { 1, 6, 24, 120 })
        {
            foreach (var cost in Estimate(months, team: 4, scope).Models)
            {
                foreach (var range in cost.Lines.Select(l => l.Amount).Append(cost.Total))
                {
                    Assert.InRange(range.Low, 0, range.Likely);
                    Assert.InRange(range.Likely, range.Low, range.High);
                }
                Assert.True(cost.Total.Low < cost.Total.High, $"{cost.Model}: a range, not a point");
            }
        }
    }

    [Fact]
    public void A_longer_duration_is_never_cheaper_for_any_model()
    {
        var previous = Estimate(months: (int)Questionnaire.Duration.Min, scope: "evolving");
        for (var months = (int)Questionnaire.Duration.Min + 1; months <= (int)Questionnaire.Duration.Max; months++)
        {
            var next = Estimate(months, scope: "evolving");
            foreach (var model in EngagementModels.All)
            {
                Assert.True(next.For(model).Total.Low > previous.For(model).Total.Low, $"{model} low, {months} months");
                Assert.True(next.For(model).Total.Likely > previous.For(model).Total.Likely, $"{model} likely, {months} months");
                Assert.True(next.For(model).Total.High > previous.For(model).Total.High, $"{model} high, {months} months");
            }
            previous = next;
        }
    }

    [Fact]
    public void More_engineers_are_never_cheaper_for_any_model()
    {
        var previous = Estimate(team: (int)Questionnaire.TeamSize.Min, scope: "volatile");
        for (var team = (int)Questionnaire.TeamSize.Min + 1; team <= (int)Questionnaire.TeamSize.Max; team++)
        {
            var next = Estimate(team: team, scope: "volatile");
            foreach (var model in EngagementModels.All)
            {
                Assert.True(next.For(model).Total.Low > previous.For(model).Total.Low, $"{model} low, {team} engineers");
                Assert.True(next.For(model).Total.Likely > previous.For(model).Total.Likely, $"{model} likely, {team} engineers");
                Assert.True(next.For(model).Total.High > previous.For(model).Total.High, $"{model} high, {team} engineers");
            }
            previous = next;
        }
    }

    [Theory]
    [InlineData(EngagementModel.Outsourcing)]
    [InlineData(EngagementModel.Outstaffing)]
    [InlineData(EngagementModel.Offshoring)]
    [InlineData(EngagementModel.StaffAugmentation)]
    public void Budget_fits_when_the_high_end_is_covered_is_tight_when_only_the_likely_is_and_over_otherwise(EngagementModel model)
    {
        var total = Estimate().For(model).Total;
        BudgetFit FitWith(double budget) => Estimate(budget: (long)budget).For(model).Fit;

        Assert.Equal(BudgetFit.Fits, FitWith(Math.Ceiling(total.High)));
        Assert.Equal(BudgetFit.Fits, FitWith(Questionnaire.Budget.Max));
        Assert.Equal(BudgetFit.Tight, FitWith(Math.Ceiling(total.High) - 1));
        Assert.Equal(BudgetFit.Tight, FitWith(Math.Ceiling(total.Likely)));
        Assert.Equal(BudgetFit.Over, FitWith(Math.Floor(total.Likely) - 1));
        Assert.Equal(BudgetFit.Over, FitWith(Questionnaire.Budget.Min));
    }

    [Theory]
    [InlineData(192_000, BudgetFit.Fits)]
    [InlineData(191_999, BudgetFit.Tight)]
    [InlineData(96_000, BudgetFit.Tight)]
    [InlineData(95_999, BudgetFit.Over)]
    public void A_budget_exactly_at_a_threshold_counts_as_covering_it(long budget, BudgetFit fit)
    {
        // Whole-dollar totals: 1 engineer × $25/$50/$100 × 160 h × 12 months, no ramp-up, no management time.
        var assumptions = Defaults with
        {
            TeamExtensionRateUsd = new CostRange(25, 50, 100),
            RampWeeks = new CostRange(0, 0, 0),
            ClientManagementShare = new CostRange(0, 0, 0),
        };

        var outstaffing = CostEstimator.Estimate(AnswersFor(months: 12, team: 1, budget: budget), assumptions).For(EngagementModel.Outstaffing);

        Assert.Equal(new CostRange(48_000, 96_000, 192_000), outstaffing.Total);
        Assert.Equal(fit, outstaffing.Fit);
    }

    [Fact]
    public void The_estimate_echoes_the_budget_and_duration_it_was_made_for()
    {
        var estimate = Estimate(months: 18, budget: 250_000);

        Assert.Equal(18, estimate.Months);
        Assert.Equal(250_000, estimate.BudgetUsd);
    }

    [Fact]
    public void Without_a_team_size_the_estimate_is_for_one_engineer_and_flagged()
    {
        var assumed = Estimate(team: null);
        var one = Estimate(team: 1);

        Assert.True(assumed.TeamSizeAssumed);
        Assert.Equal(1, assumed.TeamSize);
        Assert.False(one.TeamSizeAssumed);
        foreach (var model in EngagementModels.All)
        {
            Assert.Equal(one.For(model).Total, assumed.For(model).Total);
            Assert.NotNull(assumed.For(model).BudgetBuys);
        }
    }

    [Fact]
    public void Team_extension_engineers_cost_rate_times_hours_times_people_times_months()
    {
        // 3 engineers × $45/hr (F33 mid-level midpoint) × 160 h × 12 months; F32's $25–80/hr at the ends.
        var engineers = Estimate(months: 12, team: 3).For(EngagementModel.Outstaffing).Line("engineers");

        Assert.NotNull(engineers);
        Assert.Equal(new CostRange(3 * 25 * 160 * 12, 3 * 45 * 160 * 12, 3 * 80 * 160 * 12), engineers.Amount);
    }

    [Fact]
    public void Ramp_up_costs_the_lost_half_of_each_engineers_first_weeks()
    {
        // F35: 2–4 weeks to full speed, at 50% productivity (our assumption), 4.33 weeks a month.
        var ramp = Estimate(team: 3).For(EngagementModel.StaffAugmentation).Line("ramp-up");

        Assert.NotNull(ramp);
        // In whole dollars, as every line.
        Assert.Equal(Math.Round(3 * 2 / 4.33 * 25 * 160 * 0.5), ramp.Amount.Low);
        Assert.Equal(Math.Round(3 * 3 / 4.33 * 45 * 160 * 0.5), ramp.Amount.Likely);
        Assert.Equal(Math.Round(3 * 4 / 4.33 * 80 * 160 * 0.5), ramp.Amount.High);
        Assert.True(ramp.UpFront);
    }

    [Fact]
    public void Outsourcing_price_is_the_team_extension_rate_plus_the_vendors_markup()
    {
        // F55: the vendor price carries PM, delivery management and QA; markup 15/25/35% is ours.
        var estimate = Estimate(months: 10, team: 2);
        var vendor = estimate.For(EngagementModel.Outsourcing).Line("vendor-price");
        var engineers = estimate.For(EngagementModel.Outstaffing).Line("engineers");

        Assert.NotNull(vendor);
        Assert.NotNull(engineers);
        Assert.Equal(engineers.Amount.Low * 1.15, vendor.Amount.Low, Tolerance);
        Assert.Equal(engineers.Amount.Likely * 1.25, vendor.Amount.Likely, Tolerance);
        Assert.Equal(engineers.Amount.High * 1.35, vendor.Amount.High, Tolerance);
        Assert.NotNull(estimate.For(EngagementModel.Outsourcing).Line("onboarding"));
    }

    [Fact]
    public void Volatile_scope_adds_a_change_request_buffer_to_outsourcing_only()
    {
        var stable = Estimate(scope: "stable");
        var volatileScope = Estimate(scope: "volatile");

        var buffer = volatileScope.For(EngagementModel.Outsourcing).Line("scope-changes");
        Assert.NotNull(buffer);
        Assert.True(buffer.Amount.Low > 0);
        Assert.Equal(stable.For(EngagementModel.Outsourcing).Total.Likely + buffer.Amount.Likely,
            volatileScope.For(EngagementModel.Outsourcing).Total.Likely, Tolerance);
        foreach (var model in new[] { EngagementModel.Outstaffing, EngagementModel.Offshoring, EngagementModel.StaffAugmentation })
        {
            Assert.Null(volatileScope.For(model).Line("scope-changes"));
            Assert.Equal(stable.For(model).Total, volatileScope.For(model).Total);
        }
    }

    [Fact]
    public void Stable_scope_adds_no_change_request_buffer_at_all()
    {
        Assert.All(Estimate(scope: "stable").Models, cost => Assert.Null(cost.Line("scope-changes")));
    }

    [Fact]
    public void Volatile_scope_can_double_the_outsourced_price_as_in_the_60_to_120_thousand_example()
    {
        // F15: a $60,000 project becomes $120,000 (+100%) at the high end; F14: evolving scope costs less than volatile.
        var outsourcing = Estimate(scope: "volatile").For(EngagementModel.Outsourcing);
        var vendor = outsourcing.Line("vendor-price")!.Amount;
        var volatileBuffer = outsourcing.Line("scope-changes")!.Amount;
        var evolvingBuffer = Estimate(scope: "evolving").For(EngagementModel.Outsourcing).Line("scope-changes")!.Amount;

        Assert.Equal(vendor.High, volatileBuffer.High, Tolerance);
        Assert.Equal(vendor.Likely * 0.5, volatileBuffer.Likely, Tolerance);
        Assert.Equal(vendor.Likely * 0.25, evolvingBuffer.Likely, Tolerance);
        Assert.True(evolvingBuffer.Low < volatileBuffer.Low && evolvingBuffer.High < volatileBuffer.High);
    }

    [Fact]
    public void Client_run_models_carry_your_own_management_time_and_outsourcing_does_not()
    {
        // F55: management cost is internal for outstaffing and staff augmentation, inside the vendor price for outsourcing.
        var estimate = Estimate(scope: "evolving");

        Assert.NotNull(estimate.For(EngagementModel.Outstaffing).Line("your-management"));
        Assert.NotNull(estimate.For(EngagementModel.StaffAugmentation).Line("your-management"));
        Assert.Null(estimate.For(EngagementModel.Outsourcing).Line("your-management"));
        var engineers = estimate.For(EngagementModel.Outstaffing).Line("engineers")!.Amount;
        var management = estimate.For(EngagementModel.Outstaffing).Line("your-management")!.Amount;
        Assert.Equal(engineers.Likely * 0.15, management.Likely, Tolerance);
    }

    [Fact]
    public void Outstaffing_and_staff_augmentation_cost_the_same_and_show_the_same_lines()
    {
        // F40: the same arrangement under two regional names; F42's hiring delay is time, not money.
        var estimate = Estimate(months: 9, team: 5, scope: "volatile");
        var outstaffing = estimate.For(EngagementModel.Outstaffing);
        var augmentation = estimate.For(EngagementModel.StaffAugmentation);

        Assert.Equal(outstaffing.Total, augmentation.Total);
        Assert.Equal(outstaffing.Lines, augmentation.Lines);
    }

    [Fact]
    public void Offshoring_has_an_up_front_set_up_line_and_only_up_front_lines_are_set_up_and_ramp()
    {
        // F49: a larger immediate investment; F48: time to assemble the team.
        var offshoring = Estimate(team: 4).For(EngagementModel.Offshoring);
        var setUp = offshoring.Line("set-up");

        Assert.NotNull(setUp);
        Assert.True(setUp.UpFront);
        Assert.True(setUp.Amount.Low > 0);
        // Mostly fixed: $40,000 likely, plus $3,000 for recruiting each of the 4 engineers (our assumptions, after F48 and F49).
        Assert.Equal(40_000 + 4 * 3_000, setUp.Amount.Likely, Tolerance);
        Assert.All(Estimate().Models.Where(m => m.Model != EngagementModel.Offshoring),
            cost => Assert.Null(cost.Line("set-up")));
    }

    [Fact]
    public void Offshoring_asks_the_most_up_front_and_outsourcing_is_cheaper_to_start_than_offshoring()
    {
        // F49 and F56: offshoring needs the largest immediate investment; F17/F81: outsourcing is cheaper to start.
        var estimate = Estimate(months: 24, team: 5);
        double UpFront(EngagementModel model) => estimate.For(model).Lines.Where(l => l.UpFront).Sum(l => l.Amount.Likely);
        double FirstMonth(EngagementModel model) => estimate.CumulativeLikely(model)[0];

        Assert.All(EngagementModels.All.Where(m => m != EngagementModel.Offshoring),
            model => Assert.True(UpFront(EngagementModel.Offshoring) > UpFront(model), model.ToString()));
        Assert.True(FirstMonth(EngagementModel.Outsourcing) < FirstMonth(EngagementModel.Offshoring));
    }

    [Fact]
    public void Over_six_months_outstaffing_costs_less_than_outsourcing()
    {
        // F36: for ongoing work outstaffing is almost always more cost-efficient over 6+ months.
        var estimate = Estimate(months: 6, scope: "evolving");

        Assert.True(estimate.For(EngagementModel.Outstaffing).Total.Likely < estimate.For(EngagementModel.Outsourcing).Total.Likely);
    }

    [Fact]
    public void The_same_answers_and_assumptions_give_the_same_estimate()
    {
        var first = Estimate(months: 30, team: 8, scope: "evolving");
        var second = Estimate(months: 30, team: 8, scope: "evolving");

        Assert.Equal(first.BreakEvens, second.BreakEvens);
        foreach (var model in EngagementModels.All)
        {
            Assert.Equal(first.For(model).Lines, second.For(model).Lines);
            Assert.Equal(first.For(model).Fit, second.For(model).Fit);
        }
    }

    [Fact]
    public void Edited_assumptions_change_the_estimate()
    {
        // The numbers live in the weight set, so an admin's edit must reach the result.
        var dearer = Defaults with { TeamExtensionRateUsd = new CostRange(30, 60, 100) };

        var edited = CostEstimator.Estimate(AnswersFor(), dearer);

        Assert.True(edited.For(EngagementModel.Outstaffing).Total.Likely > Estimate().For(EngagementModel.Outstaffing).Total.Likely);
        Assert.Equal(Estimate().For(EngagementModel.Offshoring).Total, edited.For(EngagementModel.Offshoring).Total);
    }
}
