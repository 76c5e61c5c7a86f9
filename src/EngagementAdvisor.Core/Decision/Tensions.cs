using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Decision;

/// <summary>Where the answers pull against the recommendation, in plain words.</summary>
public static class Tensions
{
    public static List<Tension> Find(Answers answers, EngagementModel recommended, CostEstimate? costs = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var found = new List<Tension>();
        var teamExtension = recommended is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation;
        var pm = Questionnaire.InHousePm;

        if (answers.Is(Questionnaire.Control, "high") && answers.Is(pm, "none"))
        {
            found.Add(new("control-without-pm", TensionKind.Warning,
                "You want day-to-day control but have no in-house PM or tech lead to exercise it. Control over external engineers is only as good as the person directing them; hire or free up that person first, or accept a vendor-managed model.",
                ["F34", "F77", "F79"]));
        }
        if (teamExtension && answers.Is(pm, "partial"))
        {
            found.Add(new("thin-pm-for-team-extension", TensionKind.Warning,
                $"{recommended.DisplayName()} leaves the backlog, task setting and supervision to you, and your in-house management is only partial. Without a strong PM and tech lead this model tends to go wrong.",
                ["F34", "F25", "F55"]));
        }
        if (recommended == EngagementModel.Outsourcing && !answers.Is(Questionnaire.ScopeStability, "stable"))
        {
            found.Add(new("change-request-risk", TensionKind.Warning,
                "Outsourcing with a scope that will still move: a fixed price only holds for a well-defined scope, and each change becomes a change request that raises budget and timeline — a $60,000 project can end up at $120,000. Prefer time-and-materials or a retainer, or fix the scope before signing.",
                ["F12", "F14", "F15", "F10"]));
        }
        if (recommended == EngagementModel.Outsourcing && answers.Is(Questionnaire.DataSensitivity, "high"))
        {
            found.Add(new("confidential-data-outsourced", TensionKind.Warning,
                "Your data is confidential, and confidentiality is harder to guarantee when the vendor runs the team on its own premises. Ask for SOC 2 or ISO 27001 and a company-wide NDA, or keep sensitive parts in-house.",
                ["F19", "F63", "F62", "F82"]));
        }
        if (recommended == EngagementModel.Offshoring && answers.Is(Questionnaire.StartUrgency, "asap"))
        {
            found.Add(new("urgent-offshoring", TensionKind.Warning,
                "Work must start now, but an offshore team has to be assembled and settled first. Plan for that lead time, or bridge it with augmented specialists.",
                ["F48", "F42"]));
        }
        if (costs is not null && costs.For(recommended).Fit == BudgetFit.Over)
        {
            found.Add(new("over-budget", TensionKind.Warning,
                $"The likely cost of {recommended.DisplayName()} over your stated duration is above your budget. Reduce the scope, team size or duration, or revisit the budget before engaging a vendor.",
                ["F55", "F57"]));
        }
        // Six months or more: the duration's "ongoing" and "long" bands (F36).
        if (recommended == EngagementModel.Outsourcing && answers.LevelId(Questionnaire.Duration) != "short" && !answers.Is(pm, "none"))
        {
            found.Add(new("outsource-then-outstaff", TensionKind.PhasedAdvice,
                "A common path: start outsourced, which feels lower-risk, and move to outstaffing once the product matures and needs continuity — by then your own management can direct the engineers.",
                ["F85", "F36"]));
        }
        return found;
    }
}
