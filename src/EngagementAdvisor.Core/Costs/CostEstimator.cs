using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Costs;

/// <summary>
/// Cost of ownership per model over the stated duration, as low–likely–high ranges. Pure arithmetic over
/// <see cref="CostAssumptions"/>; every term is a visible <see cref="CostLine"/>, and docs/scoring.md ("Cost of
/// ownership") gives the formulas.
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
        var (engineers, months, workload) = Inputs(answers, assumptions);
        var models = EngagementModels.All.Select(model =>
        {
            var lines = Lines(model, answers, assumptions, engineers, months, workload);
            var total = lines.Aggregate(CostRange.Zero, (sum, line) => sum + line.Amount);
            if (answers.TeamSize is not null) return new ModelCost(model, total, Fit(total, answers.BudgetUsd), lines);
            var buys = BudgetBuys(lines, answers.BudgetUsd, months);
            return new ModelCost(model, total, FitOfOneEngineer(buys, months), lines) { BudgetBuys = buys };
        }).ToList();
        return new CostEstimate(engineers, answers.TeamSize is null, months, answers.BudgetUsd, models, BreakEvens(models, months)) { Workload = workload };
    }

    /// <summary>
    /// One model's total, low–likely–high, without the rest of the estimate: the admin's impact preview prices every
    /// stored result this way (the same lines as <see cref="Estimate"/>).
    /// </summary>
    public static CostRange TotalOf(EngagementModel model, Answers answers, CostAssumptions assumptions)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(assumptions);
        var (engineers, months, workload) = Inputs(answers, assumptions);
        return Lines(model, answers, assumptions, engineers, months, workload).Aggregate(CostRange.Zero, (sum, line) => sum + line.Amount);
    }

    private static (int Engineers, int Months, double Workload) Inputs(Answers answers, CostAssumptions assumptions) =>
    (
        // Without a team size nobody is made up: the figures are for one engineer, and the budget says how many it buys.
        answers.TeamSize ?? 1,
        answers.DurationMonths,
        answers.LevelId(Questionnaire.Workload) switch
        {
            "part-time" => assumptions.PartTimeShare,
            "occasional" => assumptions.OccasionalShare,
            _ => 1,
        });

    /// <summary>
    /// What a cost line is called, by model and line id: a stored result keeps the id and is labelled again when shown
    /// (<see cref="Decision.AdviceWording"/>). Null for a line the model does not have.
    /// </summary>
    public static string? LineLabel(EngagementModel model, string id) => (model, id) switch
    {
        (EngagementModel.Outsourcing, "vendor-price") => "Vendor price (team, vendor PM, delivery management and QA)",
        (EngagementModel.Outsourcing, "onboarding") => "Vendor onboarding at reduced output",
        (EngagementModel.Outsourcing, "your-involvement") => "Your own time: product owner, acceptance, vendor management",
        (EngagementModel.Outsourcing, "scope-changes") => "Change requests as the scope moves",
        (EngagementModel.Outstaffing or EngagementModel.StaffAugmentation, "engineers") => "Engineers' time, billed monthly",
        (EngagementModel.Outstaffing or EngagementModel.StaffAugmentation, "ramp-up") => "Ramp-up of each new engineer",
        (EngagementModel.Outstaffing or EngagementModel.StaffAugmentation, "your-management") => "Your own PM and tech-lead time",
        (EngagementModel.Offshoring, "team") => "Dedicated team's time",
        (EngagementModel.Offshoring, "set-up") => "Assembling the team (up-front investment)",
        (EngagementModel.Offshoring, "ramp-up") => "Ramp-up of the new team",
        (EngagementModel.Offshoring, "your-management") => "Your own management of the division",
        _ => null,
    };

    private static List<CostLine> Lines(EngagementModel model, Answers answers, CostAssumptions a, int engineers, int months, double workload)
    {
        var niche = answers.IsAnswered(Questionnaire.NicheExpertise) && answers.Is(Questionnaire.NicheExpertise, "yes");
        var location = answers.LevelId(Questionnaire.TeamLocation);
        // Where the engineers sit moves every rate (F37). An offshore team is abroad by definition, never onshore.
        double Location(RangeEnd e) => location switch
        {
            "onshore" when model != EngagementModel.Offshoring => a.OnshoreRateFactor.At(e),
            "offshore" => a.FarOffshoreRateFactor.At(e),
            _ => 1,
        };
        double TeamRate(RangeEnd e) => (niche ? a.NicheRateUsd : a.TeamExtensionRateUsd).At(e) * Location(e);
        // The team's cost for one month at an hourly rate, at the stated workload.
        double Monthly(double rate) => rate * a.HoursPerMonth * workload * engineers;
        // Whole dollars: an estimate to the cent (or to twelve decimals) claims a precision no range of rates has, and
        // every stored result would carry those digits.
        CostLine Line(string id, CostRange amount, bool upFront) =>
            new(id, LineLabel(model, id) ?? throw new InvalidOperationException($"Cost line {id} has no label."), amount.Rounded(0), upFront);

        // What each engineer costs while ramping up to full speed, paid for but half productive.
        CostRange Ramp(Func<RangeEnd, double> rate) =>
            CostRange.Of(e => a.RampWeeks.At(e) / CostAssumptions.WeeksPerMonth * rate(e) * a.HoursPerMonth * workload * engineers * (1 - a.RampProductivity));

        switch (model)
        {
            case EngagementModel.Outsourcing:
            {
                // F55: the vendor's price covers its PM, delivery management and QA on top of the engineers.
                double Rate(RangeEnd e) => TeamRate(e) * (1 + a.OutsourcingMarkup.At(e));
                var work = CostRange.Of(e => Monthly(Rate(e)) * months);
                var lines = new List<CostLine>
                {
                    Line("vendor-price", work, false),
                    // The vendor's onboarding (F16) is paid for but produces little; it sits in the price up front.
                    Line("onboarding", Ramp(Rate), true),
                    // Even a vendor-run project needs someone on your side to own the product and accept the work.
                    Line("your-involvement", CostRange.Of(e => work.At(e) * a.OutsourcingClientShare.At(e)), false),
                };
                var buffer = answers.LevelId(Questionnaire.ScopeStability) switch
                {
                    "evolving" => a.ScopeBufferEvolving,
                    "volatile" => a.ScopeBufferVolatile,
                    _ => null,
                };
                if (buffer is not null)
                {
                    lines.Add(Line("scope-changes", CostRange.Of(e => work.At(e) * buffer.At(e)), false));
                }
                return lines;
            }
            case EngagementModel.Outstaffing:
            case EngagementModel.StaffAugmentation:
            {
                // Both show the same lines: staff augmentation's gain is the skipped US hiring search (F42), time rather than money.
                var work = CostRange.Of(e => Monthly(TeamRate(e)) * months);
                return
                [
                    Line("engineers", work, false),
                    Line("ramp-up", Ramp(TeamRate), true),
                    Line("your-management", CostRange.Of(e => work.At(e) * a.ClientManagementShare.At(e)), false),
                ];
            }
            case EngagementModel.Offshoring:
            {
                double Rate(RangeEnd e) => (niche ? a.NicheOffshoringRateUsd : a.OffshoringRateUsd).At(e) * Location(e);
                var team = CostRange.Of(e => Monthly(Rate(e)) * months);
                return
                [
                    Line("team", team, false),
                    // Mostly fixed (F48, F49): a legal set-up, a recruiting drive and a lead, plus recruiting each engineer.
                    Line("set-up", CostRange.Of(e => a.OffshoringSetupUsd.At(e) + a.OffshoringSetupPerEngineerUsd.At(e) * engineers), true),
                    Line("ramp-up", Ramp(Rate), true),
                    // The team works as your own division (F45, F46): you manage it.
                    Line("your-management", CostRange.Of(e => team.At(e) * a.ClientManagementShare.At(e)), false),
                ];
            }
            default:
                throw new ArgumentOutOfRangeException(nameof(model));
        }
    }

    private static BudgetFit Fit(CostRange total, long budget) =>
        total.High <= budget ? BudgetFit.Fits : total.Likely <= budget ? BudgetFit.Tight : BudgetFit.Over;

    /// <summary>
    /// Engineer-months the budget buys, with the lines costed for one engineer: the up-front part is paid once, the rest
    /// per month. Dearer assumptions buy fewer months, so the range runs high end, likely, low end.
    /// </summary>
    private static CostRange BudgetBuys(List<CostLine> lines, long budget, int months) =>
        CostRange.Of(e =>
        {
            var end = e switch { RangeEnd.Low => RangeEnd.High, RangeEnd.High => RangeEnd.Low, _ => RangeEnd.Likely };
            var upFront = lines.Where(l => l.UpFront).Sum(l => l.Amount.At(end));
            var perMonth = lines.Where(l => !l.UpFront).Sum(l => l.Amount.At(end)) / months;
            return perMonth > 0 ? Math.Max(0, (budget - upFront) / perMonth) : 0;
        }).Rounded(2);

    /// <summary>Without a team size: does the budget buy at least one engineer for the whole duration?</summary>
    private static BudgetFit FitOfOneEngineer(CostRange buys, int months) =>
        buys.Low >= months ? BudgetFit.Fits : buys.Likely >= months ? BudgetFit.Tight : BudgetFit.Over;

    /// <summary>
    /// For each pair of models, the first month at which the likely curve of the model that was dearer at month 1 is
    /// strictly cheaper (curves are straight after month 1, so they cross at most once), and whether it is firm.
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
                        var (first, later) = previous < 0 ? (models[i], models[j]) : (models[j], models[i]);
                        found.Add(new BreakEven(first.Model, later.Model, month) { Firm = later.Total.High < first.Total.Low });
                        break;
                    }
                    if (sign != 0) previous = sign;
                }
            }
        }
        return found;
    }
}
