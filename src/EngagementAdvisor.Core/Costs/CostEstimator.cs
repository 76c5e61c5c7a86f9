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
    public ModelCost For(EngagementModel model)
    {
        foreach (var cost in Models)
        {
            if (cost.Model == model) return cost;
        }
        throw new InvalidOperationException($"No cost for {model}.");
    }
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
    // Written as plain arithmetic on doubles, in the same order of operations as the formulas above, so the
    // estimate stays identical to the digit while allocating only what it returns (it runs on every result).
    public static CostEstimate Estimate(Answers answers, CostAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(assumptions);
        var engineers = answers.TeamSize ?? assumptions.DefaultTeamSize;
        var months = answers.DurationMonths;
        var models = new ModelCost[EngagementModels.Count];
        Span<double> upFront = stackalloc double[EngagementModels.Count];
        Span<double> spread = stackalloc double[EngagementModels.Count];
        for (var m = 0; m < models.Length; m++)
        {
            var model = (EngagementModel)m;
            var lines = Lines(model, answers, assumptions, engineers, months);
            double low = 0, likely = 0, high = 0;
            foreach (var line in lines)
            {
                low += line.Amount.Low;
                likely += line.Amount.Likely;
                high += line.Amount.High;
                // As ModelCost.LikelyByMonth sums them, for the break-evens.
                if (line.UpFront) upFront[m] += line.Amount.Likely;
                else spread[m] += line.Amount.Likely;
            }
            var total = new CostRange(low, likely, high);
            models[m] = new ModelCost(model, total, Fit(total, answers.BudgetUsd), lines);
        }
        return new CostEstimate(engineers, answers.TeamSize is null, months, answers.BudgetUsd, models, BreakEvens(models, upFront, spread, months));
    }

    private static CostLine[] Lines(EngagementModel model, Answers answers, CostAssumptions a, int engineers, int months)
    {
        switch (model)
        {
            case EngagementModel.Outsourcing:
            {
                var rateLow = a.TeamExtensionRateUsd.Low * (1 + a.OutsourcingMarkup.Low);
                var rateLikely = a.TeamExtensionRateUsd.Likely * (1 + a.OutsourcingMarkup.Likely);
                var rateHigh = a.TeamExtensionRateUsd.High * (1 + a.OutsourcingMarkup.High);
                var work = new CostRange(
                    Monthly(rateLow, a, engineers) * months,
                    Monthly(rateLikely, a, engineers) * months,
                    Monthly(rateHigh, a, engineers) * months);
                var buffer = answers.ScopeStability switch
                {
                    ScopeStability.Evolving => a.ScopeBufferEvolving,
                    ScopeStability.Volatile => a.ScopeBufferVolatile,
                    _ => null,
                };
                var lines = new CostLine[buffer is null ? 2 : 3];
                lines[0] = new("vendor-price", "Vendor price (team, vendor PM, delivery management and QA)", work, false);
                // The vendor's onboarding (F16) is paid for but produces little; it sits in the price up front.
                lines[1] = new("onboarding", "Vendor onboarding at reduced output", Ramp(rateLow, rateLikely, rateHigh, a, engineers), true);
                if (buffer is not null)
                {
                    lines[2] = new("scope-changes", "Change requests as the scope moves", new(work.Low * buffer.Low, work.Likely * buffer.Likely, work.High * buffer.High), false);
                }
                return lines;
            }
            case EngagementModel.Outstaffing:
            case EngagementModel.StaffAugmentation:
            {
                var rate = a.TeamExtensionRateUsd;
                var work = new CostRange(
                    Monthly(rate.Low, a, engineers) * months,
                    Monthly(rate.Likely, a, engineers) * months,
                    Monthly(rate.High, a, engineers) * months);
                return
                [
                    new("engineers", "Engineers' time, billed monthly", work, false),
                    new("ramp-up", "Ramp-up of each new engineer", Ramp(rate.Low, rate.Likely, rate.High, a, engineers), true),
                    new("your-management", "Your own PM and tech-lead time", new(work.Low * a.ClientManagementShare.Low, work.Likely * a.ClientManagementShare.Likely, work.High * a.ClientManagementShare.High), false),
                ];
            }
            case EngagementModel.Offshoring:
            {
                var rate = a.OffshoringRateUsd;
                var monthlyLow = Monthly(rate.Low, a, engineers);
                var monthlyLikely = Monthly(rate.Likely, a, engineers);
                var monthlyHigh = Monthly(rate.High, a, engineers);
                return
                [
                    new("team", "Dedicated team's time", new(monthlyLow * months, monthlyLikely * months, monthlyHigh * months), false),
                    new("set-up", "Assembling the team (up-front investment)", new(monthlyLow * a.OffshoringSetupMonths.Low, monthlyLikely * a.OffshoringSetupMonths.Likely, monthlyHigh * a.OffshoringSetupMonths.High), true),
                    new("ramp-up", "Ramp-up of the new team", Ramp(rate.Low, rate.Likely, rate.High, a, engineers), true),
                    new("your-management", "Your own management of the division", new(monthlyLow * months * a.ClientManagementShare.Low, monthlyLikely * months * a.ClientManagementShare.Likely, monthlyHigh * months * a.ClientManagementShare.High), false),
                ];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    /// <summary>Monthly cost of the team at one end of a rate range.</summary>
    private static double Monthly(double rate, CostAssumptions a, int engineers) => rate * a.HoursPerMonth * engineers;

    private static CostRange Ramp(double rateLow, double rateLikely, double rateHigh, CostAssumptions a, int engineers) => new(
        a.RampWeeks.Low / CostAssumptions.WeeksPerMonth * rateLow * a.HoursPerMonth * engineers * (1 - a.RampProductivity),
        a.RampWeeks.Likely / CostAssumptions.WeeksPerMonth * rateLikely * a.HoursPerMonth * engineers * (1 - a.RampProductivity),
        a.RampWeeks.High / CostAssumptions.WeeksPerMonth * rateHigh * a.HoursPerMonth * engineers * (1 - a.RampProductivity));

    private static BudgetFit Fit(CostRange total, long budget) =>
        total.High <= budget ? BudgetFit.Fits : total.Likely <= budget ? BudgetFit.Tight : BudgetFit.Over;

    /// <summary>
    /// <paramref name="upFront"/> and <paramref name="spread"/> are each model's likely up-front and spread sums, so
    /// <c>upFront + spread × month / months</c> is exactly <see cref="ModelCost.LikelyByMonth"/>.
    /// </summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Performance", "CA1859", Justification = "Most estimates have no break-even; the shared empty array saves allocating an empty List.")]
    private static IReadOnlyList<BreakEven> BreakEvens(ModelCost[] models, ReadOnlySpan<double> upFront, ReadOnlySpan<double> spread, int months)
    {
        List<BreakEven>? found = null;
        for (var i = 0; i < models.Length; i++)
        {
            for (var j = i + 1; j < models.Length; j++)
            {
                var previous = Math.Sign(LikelyByMonth(upFront[i], spread[i], 1, months) - LikelyByMonth(upFront[j], spread[j], 1, months));
                for (var month = 2; month <= months; month++)
                {
                    var sign = Math.Sign(LikelyByMonth(upFront[i], spread[i], month, months) - LikelyByMonth(upFront[j], spread[j], month, months));
                    if (sign != 0 && previous != 0 && sign != previous)
                    {
                        // previous < 0: models[i] was cheaper first.
                        found ??= [];
                        found.Add(previous < 0 ? new BreakEven(models[i].Model, models[j].Model, month) : new BreakEven(models[j].Model, models[i].Model, month));
                        break;
                    }
                    if (sign != 0) previous = sign;
                }
            }
        }
        return found is null ? [] : found;
    }

    private static double LikelyByMonth(double upFront, double spread, int month, int months) =>
        upFront + spread * Math.Clamp(month, 0, months) / months;
}
