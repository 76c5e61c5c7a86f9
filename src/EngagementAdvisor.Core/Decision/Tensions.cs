using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Where the answers pull against the recommendation, in plain words, and the phased path where it fits.</summary>
public static class Tensions
{
    /// <summary>The tensions these answers set off against the recommendation, each worded by <see cref="Word"/>.</summary>
    public static List<Tension> Find(Answers answers, Recommendation recommendation, CostEstimate? costs = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(recommendation);
        var found = new List<string>();
        var recommended = recommendation.Recommended;
        var directed = recommended is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation or EngagementModel.Offshoring;
        var pm = Questionnaire.InHousePm;
        var control = Questionnaire.Control;
        bool Answered(Question question, string option) => answers.IsAnswered(question) && answers.Is(question, option);

        if (answers.Is(control, "high") && answers.Is(pm, "none")) found.Add("control-without-pm");
        // A pick against what the client said they want is said out loud, with what made it win anyway.
        if ((directed && answers.Is(control, "low")) || (recommended == EngagementModel.Outsourcing && answers.Is(control, "high")))
        {
            found.Add("control-mismatch");
        }
        if (directed && answers.Is(pm, "partial")) found.Add("thin-pm-for-team-extension");
        if (recommended == EngagementModel.Outsourcing && !answers.Is(Questionnaire.ScopeStability, "stable")) found.Add("change-request-risk");
        if (recommended == EngagementModel.Outsourcing && Answered(Questionnaire.DataSensitivity, "high")) found.Add("confidential-data-outsourced");
        if (recommended == EngagementModel.Offshoring && Answered(Questionnaire.DataSensitivity, "high")) found.Add("confidentiality-claim");
        if (Answered(Questionnaire.DataResidency, "yes") && !Answered(Questionnaire.TeamLocation, "onshore")) found.Add("data-abroad");
        if (recommended == EngagementModel.Offshoring && answers.Is(Questionnaire.StartUrgency, "asap")) found.Add("urgent-offshoring");
        if (Answered(Questionnaire.TeamLocation, "offshore") && answers.Is(control, "high") && recommended != EngagementModel.Outsourcing)
        {
            found.Add("time-zones");
        }
        if (costs is not null && !costs.TeamSizeAssumed && costs.For(recommended).Fit == BudgetFit.Over) found.Add("over-budget");
        if (costs is not null && costs.TeamSizeAssumed && costs.For(recommended).BudgetBuys is { } buys && buys.Likely < costs.Months)
        {
            found.Add("budget-buys-little");
        }
        // F85's path needs a client who will direct the engineers later: not for one who wants neither control nor a PM.
        if (recommended == EngagementModel.Outsourcing && answers.LevelId(Questionnaire.Duration) != "short"
            && !answers.Is(pm, "none") && !answers.Is(control, "low"))
        {
            found.Add("outsource-then-outstaff");
        }
        return [.. found.Select(id => Word(id, answers, recommendation, costs) ?? throw new InvalidOperationException($"Tension {id} has no wording."))];
    }

    /// <summary>Every tension's id, for what must word each of them (a stored result keeps only the id).</summary>
    public static IReadOnlyList<string> Ids { get; } =
    [
        "control-without-pm", "control-mismatch", "thin-pm-for-team-extension", "change-request-risk", "confidential-data-outsourced",
        "confidentiality-claim", "data-abroad", "urgent-offshoring", "time-zones", "over-budget", "budget-buys-little", "outsource-then-outstaff",
    ];

    /// <summary>
    /// The words of the tension <paramref name="id"/> for these answers and figures, whether or not it fires for them:
    /// a stored result keeps the id and is worded again when shown (<see cref="AdviceWording"/>), so an id's wording
    /// must not depend on when it fires. Null for an id not known, or figures it cannot be worded from.
    /// </summary>
    public static Tension? Word(string id, Answers answers, Recommendation recommendation, CostEstimate? costs)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(recommendation);
        var recommended = recommendation.Recommended;
        var name = recommended.DisplayName();
        return id switch
        {
            "control-without-pm" => new(id, TensionKind.Warning,
                "You want day-to-day control but have no in-house PM or tech lead to exercise it. Control over external engineers is only as good as the person directing them; hire or free up that person first, or accept a vendor-managed model.",
                ["F34", "F77", "F79"]),
            "control-mismatch" when recommended == EngagementModel.Outsourcing => new(id, TensionKind.Warning,
                $"You want day-to-day control, yet outsourcing comes first{Because(answers, recommendation)}. Under outsourcing the vendor's manager directs the team and you see milestones: write regular demos and direct access to the developers into the contract, or weigh a team you direct.",
                ["F2", "F5", "F10", "F77"]),
            "control-mismatch" => new(id, TensionKind.Warning,
                $"You said you would rather not manage the engineers day to day, yet {name} comes first{Because(answers, recommendation)}. Under {name} you direct the engineers yourself; if you still would rather not, a vendor-managed project (outsourcing) is the safer choice even though it scores lower here.",
                ["F22", "F45", "F77"]),
            "thin-pm-for-team-extension" => new(id, TensionKind.Warning,
                (recommended == EngagementModel.Offshoring
                    ? "An offshore team is handed over for you to supervise as your own division"
                    : $"{name} leaves the backlog, task setting and supervision to you")
                + ", and your in-house management is only partial. It works when someone on your side has the time: before signing, name the product owner and the tech lead who will direct the engineers.",
                recommended == EngagementModel.Offshoring ? ["F46", "F34"] : ["F34", "F25", "F55"]),
            "change-request-risk" => new(id, TensionKind.Warning,
                "Outsourcing with a scope that will still move: a fixed price only holds for a well-defined scope, and each change becomes a change request that raises budget and timeline — a $60,000 project can end up at $120,000. Prefer time-and-materials with a cap, or a retainer, or fix the scope in a paid discovery phase before a fixed price.",
                ["F12", "F14", "F15", "F10"]),
            "confidential-data-outsourced" => new(id, TensionKind.Warning,
                "Your data is confidential, and confidentiality is harder to guarantee when the vendor runs the team on its own premises. Ask for SOC 2 or ISO 27001 and a company-wide NDA, or keep sensitive parts in-house.",
                ["F19", "F63", "F62", "F82"]),
            "confidentiality-claim" => new(id, TensionKind.Warning,
                "The source that favours offshoring for confidential data is a firm selling offshore teams; take it as that firm's claim. What protects the data is the same as anywhere: access controls, device policy, individual NDAs and a vendor with SOC 2 or ISO 27001.",
                ["F50", "F82", "F63", "F62"]),
            "data-abroad" => new(id, TensionKind.Warning,
                recommended == EngagementModel.Offshoring
                    ? "Your data must stay in your country, and an offshore team works from another: keep the data on your own systems with access from abroad only if the law or contract allows it, or choose another model."
                    : $"Your data must stay in your country. With {name}, check where each engineer works and where data is processed; keep it on your own systems, or ask for engineers in your country.",
                ["F45", "F63"]),
            "urgent-offshoring" => new(id, TensionKind.Warning,
                "Work must start now, but an offshore team has to be assembled and settled first. Plan for that lead time, or bridge it with augmented specialists.",
                ["F48", "F42"]),
            "time-zones" => new(id, TensionKind.Warning,
                "You want to direct the engineers daily and accept any time zone: expect only a few working hours in common. Nearshore teams keep a manageable overlap at lower rates.",
                ["F37"]),
            // When nothing fits, naming only the recommended model would suggest another one does.
            "over-budget" when costs is not null => new(id, TensionKind.Warning,
                $"The likely cost of {(costs.Models.All(m => m.Fit == BudgetFit.Over) ? $"every model, {name} included," : name)} for your team over your stated duration is above your budget. Reduce the scope, team size or duration, or revisit the budget before engaging a vendor.",
                ["F55", "F57"]),
            "budget-buys-little" when costs?.Models.FirstOrDefault(m => m.Model == recommended)?.BudgetBuys is { } buys => new(id, TensionKind.Warning,
                $"Your budget buys about {Formats.Number(buys.Likely, "0.#")} months of one engineer's time under {name}, over {costs.Months} months of work: plan for part-time help, a smaller scope or a longer timeline.",
                ["F55", "F57"]),
            "outsource-then-outstaff" => new(id, TensionKind.PhasedAdvice,
                "A common path: start outsourced, which feels lower-risk, and move to outstaffing once the product matures and needs continuity — by then your own management can direct the engineers.",
                ["F85", "F36"]),
            _ => null,
        };
    }

    /// <summary>
    /// A few words that stand for a tension where there is room for no more (a phone's first screen), looked up by its
    /// id so that results stored before headlines existed get them too. The tension's text follows below it.
    /// </summary>
    public static string Headline(Tension tension, EngagementModel recommended)
    {
        ArgumentNullException.ThrowIfNull(tension);
        return tension.Id switch
        {
            "control-without-pm" => "You want control but have nobody to exercise it",
            "control-mismatch" when recommended == EngagementModel.Outsourcing => "The vendor, not you, would direct the team",
            "control-mismatch" => "You would direct engineers you would rather not manage",
            "thin-pm-for-team-extension" => "Your management is thin for directing a team",
            "change-request-risk" => "A moving scope becomes paid change requests",
            "confidential-data-outsourced" => "Confidential data on the vendor's premises",
            "confidentiality-claim" => "The case for offshoring confidential data is a vendor's claim",
            "data-abroad" => "Your data must stay in your country",
            "urgent-offshoring" => "An offshore team takes time to assemble",
            "time-zones" => "Few working hours in common",
            "over-budget" => "Likely over your budget",
            "budget-buys-little" => "The budget buys less time than the work needs",
            "outsource-then-outstaff" => "Start outsourced, move to outstaffing later",
            _ => throw new ArgumentException($"No headline for tension {tension.Id}.", nameof(tension)),
        };
    }

    /// <summary>", mainly because of your answers on budget and duration": what carried the winner, from its reasons.</summary>
    private static string Because(Answers answers, Recommendation recommendation)
    {
        var names = recommendation.ReasonsFor.Take(2)
            .Select(r => answers.Questionnaire.Find(r.Factor)?.Noun)
            .OfType<string>()
            .ToList();
        return names.Count == 0 ? "" : $", mainly because of your answers on {string.Join(" and ", names)}";
    }
}
