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
            var bigger = CostEstimator.Estimate(answers.With(Questionnaire.TeamSize, (answers.TeamSize ?? 1) + 1), Defaults);
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
        // Each line in whole dollars.
        Assert.Equal(Dollars(engineers) + Dollars(ramp) + Dollars(management), cost.Total.Likely);
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
    public void Your_own_time_counts_for_every_model_as_management_where_you_direct_and_as_involvement_where_the_vendor_runs_it()
    {
        var estimate = CostEstimator.Estimate(Base, Defaults);

        Assert.Contains(estimate.For(EngagementModel.Outstaffing).Lines, l => l.Id == "your-management");
        Assert.Contains(estimate.For(EngagementModel.StaffAugmentation).Lines, l => l.Id == "your-management");
        Assert.Contains(estimate.For(EngagementModel.Offshoring).Lines, l => l.Id == "your-management");
        var outsourcing = estimate.For(EngagementModel.Outsourcing);
        Assert.DoesNotContain(outsourcing.Lines, l => l.Id == "your-management");
        var involvement = Assert.Single(outsourcing.Lines, l => l.Id == "your-involvement");
        var price = outsourcing.Lines.Single(l => l.Id == "vendor-price").Amount;
        Assert.Equal(price.Likely * Defaults.OutsourcingClientShare.Likely, involvement.Amount.Likely, 0.5);
        Assert.Equal(price.High * Defaults.OutsourcingClientShare.High, involvement.Amount.High, 0.5);
        Assert.Contains(estimate.For(EngagementModel.Offshoring).Lines, l => l.Id == "set-up" && l.UpFront);
    }

    [Fact]
    public void Offshorings_set_up_is_mostly_fixed_ten_times_the_people_costs_far_less_than_ten_times_the_set_up()
    {
        var one = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, 1), Defaults).For(EngagementModel.Offshoring).Line("set-up")!.Amount;
        var ten = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, 10), Defaults).For(EngagementModel.Offshoring).Line("set-up")!.Amount;

        Assert.Equal(Defaults.OffshoringSetupUsd.Likely + Defaults.OffshoringSetupPerEngineerUsd.Likely, one.Likely, 3);
        Assert.Equal(Defaults.OffshoringSetupUsd.Likely + 10 * Defaults.OffshoringSetupPerEngineerUsd.Likely, ten.Likely, 3);
        Assert.True(ten.Likely < 2 * one.Likely);
    }

    [Fact]
    public void Niche_expertise_prices_every_team_at_the_senior_band_of_F33()
    {
        var generic = CostEstimator.Estimate(Base.With(Questionnaire.NicheExpertise, "no"), Defaults);
        var niche = CostEstimator.Estimate(Base.With(Questionnaire.NicheExpertise, "yes"), Defaults);

        var hours = 3 * 160 * 12.0;
        Assert.Equal(hours * 45, generic.For(EngagementModel.Outstaffing).Line("engineers")!.Amount.Likely, 3);
        Assert.Equal(hours * 77, niche.For(EngagementModel.Outstaffing).Line("engineers")!.Amount.Likely, 3);
        Assert.Equal(hours * 70, niche.For(EngagementModel.StaffAugmentation).Line("engineers")!.Amount.Low, 3);
        Assert.Equal(hours * 85, niche.For(EngagementModel.StaffAugmentation).Line("engineers")!.Amount.High, 3);
        foreach (var model in EngagementModels.All)
        {
            Assert.True(niche.For(model).Total.Likely > generic.For(model).Total.Likely, model.ToString());
        }
    }

    [Theory]
    [InlineData("full-time", 1.0)]
    [InlineData("part-time", 0.5)]
    [InlineData("occasional", 0.15)]
    public void Part_time_and_occasional_work_pay_for_that_share_of_the_engineers_time(string workload, double share)
    {
        var fullTime = CostEstimator.Estimate(Base.With(Questionnaire.Workload, "full-time"), Defaults);
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.Workload, workload), Defaults);

        Assert.Equal(share, estimate.Workload);
        foreach (var (model, line) in new[] { (EngagementModel.Outstaffing, "engineers"), (EngagementModel.Offshoring, "team"), (EngagementModel.Outsourcing, "vendor-price") })
        {
            Assert.Equal(fullTime.For(model).Line(line)!.Amount.Likely * share, estimate.For(model).Line(line)!.Amount.Likely, 3);
        }
        // Assembling an offshore team costs the same whatever share of their time the work takes.
        Assert.Equal(fullTime.For(EngagementModel.Offshoring).Line("set-up")!.Amount, estimate.For(EngagementModel.Offshoring).Line("set-up")!.Amount);
    }

    [Theory]
    [InlineData("onshore")]
    [InlineData("offshore")]
    public void Where_the_team_sits_moves_the_rates_by_the_labelled_factor(string location)
    {
        var nearshore = CostEstimator.Estimate(Base.With(Questionnaire.TeamLocation, "nearshore"), Defaults);
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.TeamLocation, location), Defaults);
        var factor = location == "onshore" ? Defaults.OnshoreRateFactor : Defaults.FarOffshoreRateFactor;

        Assert.Equal(nearshore.For(EngagementModel.Outstaffing).Line("engineers")!.Amount.Likely * factor.Likely,
            estimate.For(EngagementModel.Outstaffing).Line("engineers")!.Amount.Likely, 3);
        // An offshore team is in another country by definition: an onshore answer does not make it dearer.
        var offshoringFactor = location == "onshore" ? 1 : factor.Likely;
        Assert.Equal(nearshore.For(EngagementModel.Offshoring).Line("team")!.Amount.Likely * offshoringFactor,
            estimate.For(EngagementModel.Offshoring).Line("team")!.Amount.Likely, 3);
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
    public void Without_a_team_size_no_team_is_made_up_the_costs_are_per_engineer_and_the_budget_says_what_it_buys()
    {
        var withTeam = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, 1), Defaults);
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, (string?)null), Defaults);

        Assert.True(estimate.TeamSizeAssumed);
        Assert.Equal(1, estimate.TeamSize);
        foreach (var model in EngagementModels.All)
        {
            var cost = estimate.For(model);
            Assert.Equal(withTeam.For(model).Total, cost.Total);
            Assert.Null(withTeam.For(model).BudgetBuys);
            var buys = Assert.IsType<CostRange>(cost.BudgetBuys);
            // What the budget buys at the likely figures: the up-front part once, then engineer-months at the monthly cost.
            var upFront = cost.Lines.Where(l => l.UpFront).Sum(l => l.Amount.Likely);
            var perMonth = cost.Lines.Where(l => !l.UpFront).Sum(l => l.Amount.Likely) / 12;
            Assert.Equal(Math.Round((500_000 - upFront) / perMonth, 2, MidpointRounding.AwayFromZero), buys.Likely);
            Assert.True(buys.Low <= buys.Likely && buys.Likely <= buys.High);
            // $500,000 buys far more than one engineer for a year under every model: the budget fits.
            Assert.Equal(BudgetFit.Fits, cost.Fit);
        }
    }

    [Fact]
    public void Without_a_team_size_a_budget_that_cannot_pay_one_engineer_for_the_duration_is_over()
    {
        var estimate = CostEstimator.Estimate(Base.With(Questionnaire.TeamSize, (string?)null).With(Questionnaire.Budget, 8_000), Defaults);

        foreach (var model in EngagementModels.All)
        {
            Assert.Equal(BudgetFit.Over, estimate.For(model).Fit);
            Assert.True(estimate.For(model).BudgetBuys!.Likely < 12);
        }
    }

    [Fact]
    public void Every_assumption_is_listed_with_its_source_or_marked_as_ours()
    {
        var lines = Defaults.Describe();

        Assert.All(lines, l => Assert.True(l.OurAssumption || l.Facts.Count > 0, l.Id));
        Assert.Contains(lines, l => l.Value.Contains("$25–80/hr", StringComparison.Ordinal) && l.Facts.Contains("F32") && !l.OurAssumption);
        foreach (var fact in new[] { "F33", "F35", "F16", "F55", "F14", "F15", "F37", "F49", "F42" })
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

    private static double Dollars(double amount) => Math.Round(amount, MidpointRounding.AwayFromZero);
}
