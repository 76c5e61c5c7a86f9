using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Tests.Decision;
using static EngagementAdvisor.Core.Tests.Costs.CostInputs;

namespace EngagementAdvisor.Core.Tests.Costs;

public sealed class BreakEvenTests
{
    [Fact]
    public void Offshoring_is_dearer_early_because_of_its_set_up_and_cheaper_once_the_curves_cross()
    {
        // F49: larger immediate investment, savings in the long run (lower likely rate, our assumption).
        var estimate = Estimate(months: 36, team: 10);
        var curveOffshoring = estimate.CumulativeLikely(EngagementModel.Offshoring);
        var curveOutstaffing = estimate.CumulativeLikely(EngagementModel.Outstaffing);

        var breakEven = Assert.Single(estimate.BreakEvens,
            b => b.CheaperLater == EngagementModel.Offshoring && b.CheaperFirst == EngagementModel.Outstaffing);
        Assert.InRange(breakEven.Month, 2, 36);
        for (var month = 1; month < breakEven.Month; month++)
        {
            Assert.True(curveOffshoring[month - 1] >= curveOutstaffing[month - 1], $"month {month}");
        }
        for (var month = breakEven.Month; month <= 36; month++)
        {
            Assert.True(curveOffshoring[month - 1] < curveOutstaffing[month - 1], $"month {month}");
        }
        Assert.True(estimate.For(EngagementModel.Offshoring).Total.Likely < estimate.For(EngagementModel.Outstaffing).Total.Likely);
    }

    [Fact]
    public void Offshoring_does_not_pay_back_over_a_short_engagement()
    {
        // F17/F80: short work is where offshoring's set-up is never recovered against engineers hired by the month.
        var estimate = Estimate(months: 4, team: 10);

        Assert.DoesNotContain(estimate.BreakEvens, b => b.CheaperLater == EngagementModel.Offshoring
            && b.CheaperFirst is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation);
        Assert.True(estimate.For(EngagementModel.Offshoring).Total.Likely > estimate.For(EngagementModel.Outstaffing).Total.Likely);
    }

    [Fact]
    public void Identical_curves_never_break_even()
    {
        var estimate = Estimate(months: 60, team: 12);

        Assert.DoesNotContain(estimate.BreakEvens, b =>
            (b.CheaperFirst, b.CheaperLater) is (EngagementModel.Outstaffing, EngagementModel.StaffAugmentation)
                or (EngagementModel.StaffAugmentation, EngagementModel.Outstaffing));
    }

    [Fact]
    public void A_cheaper_rate_with_a_dearer_start_breaks_even_where_its_saving_repays_the_start()
    {
        // Constructed case: offshoring $10/hr below team extension, a set-up of exactly $12,800, no ramp, no management
        // time. For one engineer the set-up is repaid by a saving of $10 × 160 = $1,600 a month, so at month 8
        // ($12,800 + 8 × $6,400 = $64,000 = 8 × $8,000) they are equal and offshoring is cheaper from month 9.
        var assumptions = Defaults with
        {
            TeamExtensionRateUsd = new CostRange(50, 50, 50),
            OffshoringRateUsd = new CostRange(40, 40, 40),
            OffshoringSetupUsd = new CostRange(12_800, 12_800, 12_800),
            OffshoringSetupPerEngineerUsd = new CostRange(0, 0, 0),
            RampWeeks = new CostRange(0, 0, 0),
            ClientManagementShare = new CostRange(0, 0, 0),
        };

        var estimate = CostEstimator.Estimate(AnswersFor(months: 12, team: 1), assumptions);

        // Every range is a single figure, so the crossing does not depend on which end of the assumptions holds.
        Assert.Contains(new BreakEven(EngagementModel.Outstaffing, EngagementModel.Offshoring, 9) { Firm = true }, estimate.BreakEvens);
        Assert.Contains(new BreakEven(EngagementModel.StaffAugmentation, EngagementModel.Offshoring, 9) { Firm = true }, estimate.BreakEvens);
    }

    [Fact]
    public void A_break_even_is_firm_only_when_the_later_cheaper_models_high_total_is_below_the_others_low_total() =>
        AnswersGen.ForAll(answers =>
        {
            var estimate = CostEstimator.Estimate(answers, Defaults);
            foreach (var breakEven in estimate.BreakEvens)
            {
                var overlap = estimate.For(breakEven.CheaperLater).Total.High >= estimate.For(breakEven.CheaperFirst).Total.Low;
                Assert.Equal(!overlap, breakEven.Firm);
            }
        });

    [Fact]
    public void With_the_default_assumptions_the_outstaffing_to_offshoring_break_even_of_a_long_engagement_is_not_firm()
    {
        // The review's "month 11" comes from the likely figures only; the ranges overlap, so it is not drawn as a finding.
        var estimate = Estimate(months: 36, team: 10);

        var breakEven = Assert.Single(estimate.BreakEvens, b => (b.CheaperFirst, b.CheaperLater) == (EngagementModel.Outstaffing, EngagementModel.Offshoring));
        Assert.False(breakEven.Firm);
    }

    public static TheoryData<int, int, string> Cases() => new()
    {
        { 1, 1, "stable" },
        { 6, 3, "evolving" },
        { 12, 3, "stable" },
        { 18, 10, "volatile" },
        { 36, 25, "evolving" },
        { 120, 500, "stable" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Reported_break_evens_match_a_month_by_month_comparison_of_the_curves(int months, int team, string scope)
    {
        var estimate = Estimate(months, team, scope);
        var expected = new List<BreakEven>();
        var models = EngagementModels.All;
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = i + 1; j < models.Count; j++)
            {
                var a = estimate.CumulativeLikely(models[i]);
                var b = estimate.CumulativeLikely(models[j]);
                var cheaperFirst = Cheaper(a[0], b[0], models[i], models[j]);
                for (var month = 2; month <= months; month++)
                {
                    var cheaper = Cheaper(a[month - 1], b[month - 1], models[i], models[j]);
                    if (cheaperFirst is null) { cheaperFirst = cheaper; continue; }
                    if (cheaper is { } later && later != cheaperFirst)
                    {
                        expected.Add(new BreakEven(cheaperFirst.Value, later, month)
                        {
                            Firm = estimate.For(later).Total.High < estimate.For(cheaperFirst.Value).Total.Low,
                        });
                        break;
                    }
                }
            }
        }

        Assert.Equal(
            expected.OrderBy(b => b.CheaperFirst).ThenBy(b => b.CheaperLater),
            estimate.BreakEvens.OrderBy(b => b.CheaperFirst).ThenBy(b => b.CheaperLater));
    }

    [Fact]
    public void A_one_month_engagement_has_no_break_even()
    {
        Assert.Empty(Estimate(months: 1, team: 50, scope: "volatile").BreakEvens);
    }

    [Fact]
    public void Each_cumulative_curve_starts_with_the_up_front_costs_rises_every_month_and_ends_at_the_likely_total()
    {
        var estimate = Estimate(months: 24, team: 6, scope: "evolving");

        foreach (var cost in estimate.Models)
        {
            var curve = estimate.CumulativeLikely(cost.Model);
            var upFront = cost.Lines.Where(l => l.UpFront).Sum(l => l.Amount.Likely);
            var spread = cost.Lines.Where(l => !l.UpFront).Sum(l => l.Amount.Likely);

            Assert.Equal(24, curve.Count);
            Assert.Equal(upFront + spread / 24, curve[0], 6);
            Assert.Equal(cost.Total.Likely, curve[^1], 6);
            for (var month = 1; month < curve.Count; month++)
            {
                Assert.True(curve[month] > curve[month - 1], $"{cost.Model}, month {month + 1}");
            }
        }
    }

    private static EngagementModel? Cheaper(double a, double b, EngagementModel modelA, EngagementModel modelB) =>
        a < b ? modelA : b < a ? modelB : null;
}
