using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// Cost of ownership per model over the stated duration and team size, as low–likely–high ranges.
/// Pure arithmetic over <see cref="CostAssumptions"/>; every term is a visible <see cref="CostLine"/>, and
/// docs/scoring.md ("Cost of ownership") gives the formulas.
/// </summary>
/// <remarks>
/// Each line is written once, as a function of the end of the ranges it is computed from (<see cref="CostRange.Of"/>):
/// the low end multiplies every low value, the high end every high value.
/// </remarks>
public static class CostEstimator
{
    public static CostEstimate Estimate(Answers answers, CostAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(assumptions);
        var engineers = answers.TeamSize ?? assumptions.DefaultTeamSize;
        var months = answers.DurationMonths;
        var models = EngagementModels.All.Select(model =>
        {
            var lines = Lines(model, answers, assumptions, engineers, months);
            var total = lines.Aggregate(CostRange.Zero, (sum, line) => sum + line.Amount);
            return new ModelCost(model, total, Fit(total, answers.BudgetUsd), lines);
        }).ToList();
        return new CostEstimate(engineers, answers.TeamSize is null, months, answers.BudgetUsd, models, BreakEvens(models, months));
    }

    private static List<CostLine> Lines(EngagementModel model, Answers answers, CostAssumptions a, int engineers, int months)
    {
        // The team's cost for one month at an hourly rate.
        double Monthly(double rate) => rate * a.HoursPerMonth * engineers;
        // What each engineer costs while ramping up to full speed, paid for but half productive.
        CostRange Ramp(Func<RangeEnd, double> rate) =>
            CostRange.Of(e => a.RampWeeks.At(e) / CostAssumptions.WeeksPerMonth * rate(e) * a.HoursPerMonth * engineers * (1 - a.RampProductivity));

        switch (model)
        {
            case EngagementModel.Outsourcing:
            {
                // F55: the vendor's price covers its PM, delivery management and QA on top of the engineers.
                double Rate(RangeEnd e) => a.TeamExtensionRateUsd.At(e) * (1 + a.OutsourcingMarkup.At(e));
                var work = CostRange.Of(e => Monthly(Rate(e)) * months);
                var lines = new List<CostLine>
                {
                    new("vendor-price", "Vendor price (team, vendor PM, delivery management and QA)", work, false),
                    // The vendor's onboarding (F16) is paid for but produces little; it sits in the price up front.
                    new("onboarding", "Vendor onboarding at reduced output", Ramp(Rate), true),
                };
                var buffer = answers.LevelId(Questionnaire.ScopeStability) switch
                {
                    "evolving" => a.ScopeBufferEvolving,
                    "volatile" => a.ScopeBufferVolatile,
                    _ => null,
                };
                if (buffer is not null)
                {
                    lines.Add(new("scope-changes", "Change requests as the scope moves", CostRange.Of(e => work.At(e) * buffer.At(e)), false));
                }
                return lines;
            }
            case EngagementModel.Outstaffing:
            case EngagementModel.StaffAugmentation:
            {
                // Both show the same lines: staff augmentation's gain is the skipped US hiring search (F42), time rather than money.
                var work = CostRange.Of(e => Monthly(a.TeamExtensionRateUsd.At(e)) * months);
                return
                [
                    new("engineers", "Engineers' time, billed monthly", work, false),
                    new("ramp-up", "Ramp-up of each new engineer", Ramp(a.TeamExtensionRateUsd.At), true),
                    new("your-management", "Your own PM and tech-lead time", CostRange.Of(e => work.At(e) * a.ClientManagementShare.At(e)), false),
                ];
            }
            case EngagementModel.Offshoring:
            {
                var monthly = CostRange.Of(e => Monthly(a.OffshoringRateUsd.At(e)));
                return
                [
                    new("team", "Dedicated team's time", CostRange.Of(e => monthly.At(e) * months), false),
                    new("set-up", "Assembling the team (up-front investment)", CostRange.Of(e => monthly.At(e) * a.OffshoringSetupMonths.At(e)), true),
                    new("ramp-up", "Ramp-up of the new team", Ramp(a.OffshoringRateUsd.At), true),
                    // The team works as your own division (F45, F46): you manage it.
                    new("your-management", "Your own management of the division", CostRange.Of(e => monthly.At(e) * months * a.ClientManagementShare.At(e)), false),
                ];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    private static BudgetFit Fit(CostRange total, long budget) =>
        total.High <= budget ? BudgetFit.Fits : total.Likely <= budget ? BudgetFit.Tight : BudgetFit.Over;

    /// <summary>
    /// For each pair of models, the first month at which the likely curve of the model that was dearer at month 1 is
    /// strictly cheaper (curves are straight after month 1, so they cross at most once).
    /// </summary>
    private static List<BreakEven> BreakEvens(List<ModelCost> models, int months)
    {
        var found = new List<BreakEven>();
        for (var i = 0; i < models.Count; i++)
        {
            for (var j = i + 1; j < models.Count; j++)
            {
                var previous = Math.Sign(models[i].LikelyByMonth(1, months) - models[j].LikelyByMonth(1, months));
                for (var month = 2; month <= months; month++)
                {
                    var sign = Math.Sign(models[i].LikelyByMonth(month, months) - models[j].LikelyByMonth(month, months));
                    if (sign != 0 && previous != 0 && sign != previous)
                    {
                        // previous < 0: models[i] was cheaper first.
                        found.Add(previous < 0 ? new BreakEven(models[i].Model, models[j].Model, month) : new BreakEven(models[j].Model, models[i].Model, month));
                        break;
                    }
                    if (sign != 0) previous = sign;
                }
            }
        }
        return found;
    }
}
