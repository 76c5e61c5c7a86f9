using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Decision;

public enum TensionKind
{
    /// <summary>An answer conflicts with what the recommended model needs.</summary>
    Warning,

    /// <summary>A phased path the sources support.</summary>
    PhasedAdvice,
}

/// <summary>A warning or a piece of phased advice tied to the user's own answers.</summary>
public sealed record Tension(string Id, TensionKind Kind, string Text, IReadOnlyList<string> Facts);

/// <summary>Where the answers pull against the recommendation, in plain words.</summary>
/// <remarks>
/// Each tension's text depends on the recommended model at most, so they are built once and shared by every
/// result (records, immutable); finding them then allocates nothing but the list.
/// </remarks>
public static class Tensions
{
    private static readonly Tension ControlWithoutPm = new("control-without-pm", TensionKind.Warning,
        "You want day-to-day control but have no in-house PM or tech lead to exercise it. Control over external engineers is only as good as the person directing them; hire or free up that person first, or accept a vendor-managed model.",
        ["F34", "F77", "F79"]);

    private static readonly Tension[] ThinPmForTeamExtension = PerModel(model => new("thin-pm-for-team-extension", TensionKind.Warning,
        $"{model.DisplayName()} leaves the backlog, task setting and supervision to you, and your in-house management is only partial. Without a strong PM and tech lead this model tends to go wrong.",
        ["F34", "F25", "F55"]));

    private static readonly Tension ChangeRequestRisk = new("change-request-risk", TensionKind.Warning,
        "Outsourcing with a scope that will still move: a fixed price only holds for a well-defined scope, and each change becomes a change request that raises budget and timeline — a $60,000 project can end up at $120,000. Prefer time-and-materials or a retainer, or fix the scope before signing.",
        ["F12", "F14", "F15", "F10"]);

    private static readonly Tension ConfidentialDataOutsourced = new("confidential-data-outsourced", TensionKind.Warning,
        "Your data is confidential, and confidentiality is harder to guarantee when the vendor runs the team on its own premises. Ask for SOC 2 or ISO 27001 and a company-wide NDA, or keep sensitive parts in-house.",
        ["F19", "F63", "F62", "F82"]);

    private static readonly Tension UrgentOffshoring = new("urgent-offshoring", TensionKind.Warning,
        "Work must start now, but an offshore team has to be assembled and settled first. Plan for that lead time, or bridge it with augmented specialists.",
        ["F48", "F42"]);

    private static readonly Tension[] OverBudget = PerModel(model => new("over-budget", TensionKind.Warning,
        $"The likely cost of {model.DisplayName()} over your stated duration is above your budget. Reduce the scope, team size or duration, or revisit the budget before engaging a vendor.",
        ["F55", "F57"]));

    private static readonly Tension OutsourceThenOutstaff = new("outsource-then-outstaff", TensionKind.PhasedAdvice,
        "A common path: start outsourced, which feels lower-risk, and move to outstaffing once the product matures and needs continuity — by then your own management can direct the engineers.",
        ["F85", "F36"]);

    public static List<Tension> Find(Answers answers, EngagementModel recommended, CostEstimate? costs = null)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var found = new List<Tension>();
        var teamExtension = recommended is EngagementModel.Outstaffing or EngagementModel.StaffAugmentation;

        if (answers.Control == ControlLevel.High && answers.InHousePm == InHousePm.None)
        {
            found.Add(ControlWithoutPm);
        }
        if (teamExtension && answers.InHousePm == InHousePm.Partial)
        {
            found.Add(ThinPmForTeamExtension[(int)recommended]);
        }
        if (recommended == EngagementModel.Outsourcing && answers.ScopeStability != ScopeStability.Stable)
        {
            found.Add(ChangeRequestRisk);
        }
        if (recommended == EngagementModel.Outsourcing && answers.DataSensitivity == DataSensitivity.High)
        {
            found.Add(ConfidentialDataOutsourced);
        }
        if (recommended == EngagementModel.Offshoring && answers.StartUrgency == StartUrgency.Asap)
        {
            found.Add(UrgentOffshoring);
        }
        if (costs is not null && costs.For(recommended).Fit == BudgetFit.Over)
        {
            found.Add(OverBudget[(int)recommended]);
        }
        if (recommended == EngagementModel.Outsourcing && answers.DurationMonths >= Scoring.Factors.OngoingFromMonths
            && answers.InHousePm != InHousePm.None)
        {
            found.Add(OutsourceThenOutstaff);
        }
        return found;
    }

    private static Tension[] PerModel(Func<EngagementModel, Tension> create)
    {
        var tensions = new Tension[EngagementModels.Count];
        foreach (var model in EngagementModels.All) tensions[(int)model] = create(model);
        return tensions;
    }
}
