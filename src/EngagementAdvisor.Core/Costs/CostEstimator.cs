using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Costs;

public enum BudgetFit
{
    /// <summary>Even the high estimate is within budget.</summary>
    Fits,

    /// <summary>The likely estimate is within budget, the high one is not.</summary>
    Tight,

    /// <summary>The likely estimate is over budget.</summary>
    Over,
}

/// <summary>One visible part of a model's cost: <see cref="UpFront"/> parts land in month 1, the rest spread over the months.</summary>
public sealed record CostLine(string Id, string Label, CostRange Amount, bool UpFront);

public sealed record ModelCost(EngagementModel Model, CostRange Total, BudgetFit Fit, IReadOnlyList<CostLine> Lines)
{
    /// <summary>Likely cumulative cost at the end of <paramref name="month"/> (1-based), for the cost curves.</summary>
    public double LikelyByMonth(int month, int months)
    {
        double upFront = 0, spread = 0;
        foreach (var line in Lines)
        {
            if (line.UpFront) upFront += line.Amount.Likely;
            else spread += line.Amount.Likely;
        }
        return upFront + spread * Math.Clamp(month, 0, months) / months;
    }
}

/// <summary>The month where the likely cumulative costs of two models cross: before it one is cheaper, after it the other.</summary>
public sealed record BreakEven(EngagementModel CheaperFirst, EngagementModel CheaperLater, int Month);

public sealed record CostEstimate(int TeamSize, bool TeamSizeAssumed, int Months, long BudgetUsd, IReadOnlyList<ModelCost> Models, IReadOnlyList<BreakEven> BreakEvens)
{
    public ModelCost For(EngagementModel model) => Models.First(m => m.Model == model);
}

/// <summary>
/// Cost of ownership per model over the stated duration and team size, as low–likely–high ranges.
/// Pure arithmetic over <see cref="CostAssumptions"/>; every term is a visible <see cref="CostLine"/>.
/// </summary>
/// <remarks>
/// With n = <c>TeamSize ?? DefaultTeamSize</c> engineers, m months and monthly(rate) = n × rate × <c>HoursPerMonth</c>;
/// ramp(rate) = <c>RampWeeks</c> / 4.33 × monthly(rate) × (1 − <c>RampProductivity</c>):
/// <list type="bullet">
/// <item>Outstaffing and staff augmentation (F32, F35, F55): engineers = monthly(team-extension rate) × m;
/// ramp-up = ramp(team-extension rate), up front; your management = <c>ClientManagementShare</c> × engineers.
/// Both show the same lines: staff augmentation's gain is the skipped US hiring search (F42), time rather than money.</item>
/// <item>Outsourcing (F55, F16, F14, F15): vendor price = monthly(team-extension rate × (1 + <c>OutsourcingMarkup</c>)) × m;
/// onboarding = ramp(that rate), up front; change requests = <c>ScopeBufferEvolving</c> or <c>ScopeBufferVolatile</c> × vendor price
/// (none for a stable scope).</item>
/// <item>Offshoring (F37, F48, F49): team = monthly(<c>OffshoringRateUsd</c>) × m; set-up = <c>OffshoringSetupMonths</c> × monthly, up front;
/// ramp-up = ramp(offshoring rate), up front; your management = <c>ClientManagementShare</c> × team, since the team works as your
/// own division (F45, F46).</item>
/// </list>
/// The low end multiplies every low value, the high end every high value. Up-front lines land in month 1 and the rest spread
/// evenly, which gives the cumulative curves (<see cref="ModelCost.LikelyByMonth"/>, <see cref="CostCurves.CumulativeLikely"/>);
/// a <see cref="BreakEven"/> is the first month at which the likely curve of the model that was dearer at month 1 is strictly cheaper.
/// </remarks>
public static class CostEstimator
{
    public static CostEstimate Estimate(Answers answers, CostAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(assumptions);
        var engineers = answers.TeamSize ?? assumptions.DefaultTeamSize;
        var months = answers.DurationMonths;
        var models = new List<ModelCost>(EngagementModels.Count);
        foreach (var model in EngagementModels.All)
        {
            var lines = Lines(model, answers, assumptions, engineers, months);
            var total = lines.Aggregate(CostRange.Zero, (sum, line) => sum + line.Amount);
            models.Add(new ModelCost(model, total, Fit(total, answers.BudgetUsd), lines));
        }
        return new CostEstimate(engineers, answers.TeamSize is null, months, answers.BudgetUsd, models, BreakEvens(models, months));
    }

    private static List<CostLine> Lines(EngagementModel model, Answers answers, CostAssumptions a, int engineers, int months)
    {
        // Monthly cost of the team at each end of a rate range.
        CostRange Monthly(CostRange rate) => rate.Map(r => r * a.HoursPerMonth * engineers);
        CostRange Ramp(CostRange rate) => new(
            a.RampWeeks.Low / CostAssumptions.WeeksPerMonth * rate.Low * a.HoursPerMonth * engineers * (1 - a.RampProductivity),
            a.RampWeeks.Likely / CostAssumptions.WeeksPerMonth * rate.Likely * a.HoursPerMonth * engineers * (1 - a.RampProductivity),
            a.RampWeeks.High / CostAssumptions.WeeksPerMonth * rate.High * a.HoursPerMonth * engineers * (1 - a.RampProductivity));

        switch (model)
        {
            case EngagementModel.Outsourcing:
            {
                var rate = new CostRange(
                    a.TeamExtensionRateUsd.Low * (1 + a.OutsourcingMarkup.Low),
                    a.TeamExtensionRateUsd.Likely * (1 + a.OutsourcingMarkup.Likely),
                    a.TeamExtensionRateUsd.High * (1 + a.OutsourcingMarkup.High));
                var work = Monthly(rate).Map(m => m * months);
                var lines = new List<CostLine>
                {
                    new("vendor-price", "Vendor price (team, vendor PM, delivery management and QA)", work, false),
                    // The vendor's onboarding (F16) is paid for but produces little; it sits in the price up front.
                    new("onboarding", "Vendor onboarding at reduced output", Ramp(rate), true),
                };
                var buffer = answers.ScopeStability switch
                {
                    ScopeStability.Evolving => a.ScopeBufferEvolving,
                    ScopeStability.Volatile => a.ScopeBufferVolatile,
                    _ => null,
                };
                if (buffer is not null)
                {
                    lines.Add(new("scope-changes", "Change requests as the scope moves", new(work.Low * buffer.Low, work.Likely * buffer.Likely, work.High * buffer.High), false));
                }
                return lines;
            }
            case EngagementModel.Outstaffing:
            case EngagementModel.StaffAugmentation:
            {
                var work = Monthly(a.TeamExtensionRateUsd).Map(m => m * months);
                return
                [
                    new("engineers", "Engineers' time, billed monthly", work, false),
                    new("ramp-up", "Ramp-up of each new engineer", Ramp(a.TeamExtensionRateUsd), true),
                    new("your-management", "Your own PM and tech-lead time", new(work.Low * a.ClientManagementShare.Low, work.Likely * a.ClientManagementShare.Likely, work.High * a.ClientManagementShare.High), false),
                ];
            }
            case EngagementModel.Offshoring:
            {
                var monthly = Monthly(a.OffshoringRateUsd);
                return
                [
                    new("team", "Dedicated team's time", monthly.Map(m => m * months), false),
                    new("set-up", "Assembling the team (up-front investment)", new(monthly.Low * a.OffshoringSetupMonths.Low, monthly.Likely * a.OffshoringSetupMonths.Likely, monthly.High * a.OffshoringSetupMonths.High), true),
                    new("ramp-up", "Ramp-up of the new team", Ramp(a.OffshoringRateUsd), true),
                    new("your-management", "Your own management of the division", new(monthly.Low * months * a.ClientManagementShare.Low, monthly.Likely * months * a.ClientManagementShare.Likely, monthly.High * months * a.ClientManagementShare.High), false),
                ];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    private static BudgetFit Fit(CostRange total, long budget) =>
        total.High <= budget ? BudgetFit.Fits : total.Likely <= budget ? BudgetFit.Tight : BudgetFit.Over;

    private static List<BreakEven> BreakEvens(List<ModelCost> models, int months)
    {
        var found = new List<BreakEven>();
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = i + 1; j < models.Count; j++)
            {
                var a = models[i];
                var b = models[j];
                var previous = Math.Sign(a.LikelyByMonth(1, months) - b.LikelyByMonth(1, months));
                for (var month = 2; month <= months; month++)
                {
                    var sign = Math.Sign(a.LikelyByMonth(month, months) - b.LikelyByMonth(month, months));
                    if (sign != 0 && previous != 0 && sign != previous)
                    {
                        // previous < 0: a was cheaper first.
                        found.Add(previous < 0 ? new BreakEven(a.Model, b.Model, month) : new BreakEven(b.Model, a.Model, month));
                        break;
                    }
                    if (sign != 0) previous = sign;
                }
            }
        }
        return found;
    }
}
