using EngagementAdvisor.Core.Costs;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The default weight set. Each line cites the facts (../shared/domain/facts.md) it encodes; docs/scoring.md explains
/// the reasoning. Affinities run from −2 (the answer argues against the model) to +2 (it argues for it), in the order
/// outsourcing, outstaffing, offshoring, staff augmentation. Outstaffing and staff augmentation are one arrangement
/// (F40): their rows are equal but for the answers that separate them (individual specialists, a spike or skill gap
/// needed fast, against a long-lived team).
/// </summary>
public static class DefaultWeights
{
    /// <summary>
    /// Feasibility before preference: what a model needs that the answers say is missing (F34, F46–F48), as penalties
    /// on top of the weighted sum. For a number the penalty fades as the answer moves away from the level.
    /// </summary>
    public static IReadOnlyList<KnockOutRule> KnockOuts { get; } =
    [
        new("no-pm-outstaffing", "in-house-pm", "none", "outstaffing", KnockOutEffect.Penalty, 20,
            "Outstaffed engineers need your own PM and tech lead to direct them, and you have none.", ["F34", "F22"]),
        new("no-pm-staff-augmentation", "in-house-pm", "none", "staff-augmentation", KnockOutEffect.Penalty, 20,
            "Augmented specialists work under your direction, and you have no PM or tech lead to give it.", ["F34", "F40", "F43"]),
        new("no-pm-offshoring", "in-house-pm", "none", "offshoring", KnockOutEffect.Penalty, 30,
            "An offshore team is handed over for you to supervise as your own division, and you have no one to lead it.", ["F46", "F45", "F34"]),
        new("thin-pm-outstaffing", "in-house-pm", "partial", "outstaffing", KnockOutEffect.Penalty, 6,
            "Outstaffed engineers need direction every day, and your in-house management is only partial.", ["F34", "F25"]),
        new("thin-pm-staff-augmentation", "in-house-pm", "partial", "staff-augmentation", KnockOutEffect.Penalty, 6,
            "Augmented specialists need direction every day, and your in-house management is only partial.", ["F34", "F43"]),
        new("thin-pm-offshoring", "in-house-pm", "partial", "offshoring", KnockOutEffect.Penalty, 10,
            "You would supervise the whole offshore team as your own division, and your in-house management is only partial.", ["F46", "F34"]),
        new("offshoring-low-control", "control", "low", "offshoring", KnockOutEffect.Penalty, 8,
            "An offshore team works as your own division under your supervision, and you would rather not manage engineers day to day.", ["F45", "F46", "F77"]),
        new("offshoring-few-people", "team-size", "individuals", "offshoring", KnockOutEffect.Penalty, 9,
            "An offshore team is assembled from scratch as a whole team; for one or two people that set-up does not pay.", ["F46", "F47"]),
        new("offshoring-short-work", "duration", "short", "offshoring", KnockOutEffect.Penalty, 12,
            "Assembling and settling an offshore team takes time and an up-front investment that pays off over the long run; short work ends before it does.", ["F48", "F49"]),
        new("offshoring-under-a-year", "duration", "ongoing", "offshoring", KnockOutEffect.Penalty, 5,
            "An offshore team repays its set-up over the long run; work of about a year or less ends before it has.", ["F49", "F80"]),
        new("offshoring-urgent-start", "start-urgency", "asap", "offshoring", KnockOutEffect.Penalty, 15,
            "Work must start now, and an offshore team has to be assembled and settled first.", ["F48"]),
        new("offshoring-onshore-only", "team-location", "onshore", "offshoring", KnockOutEffect.Penalty, 30,
            "Offshoring means a team in another country, and you want the engineers in your own.", ["F45"]),
        new("offshoring-data-must-stay", "data-residency", "yes", "offshoring", KnockOutEffect.Penalty, 25,
            "Your data must stay in your country, and an offshore team works on it from another.", ["F45"]),
    ];

    /// <summary>
    /// Why each factor's defaults are what they are, as admins read them beside the factor; the facts are those of
    /// docs/scoring.md's table of default weights, level by level, put together.
    /// </summary>
    public static IReadOnlyList<FactorRationale> Rationales { get; } =
    [
        new("in-house-pm", "Who manages the team is the main difference between the models: without a strong PM, extending a team is the wrong choice, and an offshore team is handed over for you to supervise. Shares its weight with control, the same question seen from the client's wishes.", ["F76", "F20", "F34", "F79", "F46", "F55", "F39", "F25"]),
        new("control", "High control points to outstaffing, staff augmentation or offshoring; low control to outsourcing.", ["F77", "F1", "F2", "F22", "F45"]),
        new("scope-stability", "A stable scope suits outsourcing at a fixed price; a changing one suits outstaffing or offshoring, since change requests raise a fixed price.", ["F78", "F12", "F10", "F14", "F47"]),
        new("duration", "Short one-off work suits outsourcing; six months or more suits outstaffing; long-term work suits offshoring; spikes suit augmentation.", ["F80", "F17", "F43", "F36", "F49"]),
        new("budget", "A small, immediate budget suits outsourcing; one able to invest up front suits offshoring.", ["F81", "F20", "F49"]),
        new("team-size", "Individual specialists suit augmentation; many people for the long term suit offshoring rather than engineers placed one by one.", ["F43", "F84", "F26", "F3", "F47", "F80"]),
        new("workload", "Maintenance and support run on a retainer or time and materials; outstaffed engineers usually work full-time; augmentation scales down.", ["F23", "F22", "F4", "F43", "F58", "F12", "F13", "F21"]),
        new("start-urgency", "Needed fast suits augmentation, and outsourcing is quick to start; offshoring needs time to assemble.", ["F42", "F84", "F17", "F48", "F47"]),
        new("team-location", "Offshoring is a team in another country; nearshore keeps the time difference manageable.", ["F45", "F37"]),
        new("data-sensitivity", "Confidentiality is harder to guarantee when outsourced; your own tools and access controls help. Offshoring vendors' claims count for only +1.", ["F19", "F25", "F63", "F50", "F82"]),
        new("data-residency", "Where data must stay is a feasibility question, handled by a rule, not a preference: importance 0.", ["F45"]),
        new("niche-expertise", "Niche expertise missing in-house points to outsourcing; specialised skill gaps to augmentation.", ["F18", "F83", "F43"]),
    ];

    // Why each factor's numbers are what they are, and the facts behind them: Rationales above.
    public static WeightSet Create() => new(
    [
        new("in-house-pm", 8,
        [
            new("none", 2, -2, -2, -2),
            new("partial", 1, 0, -1, 0),
            new("strong", -1, 2, 2, 2),
        ]),
        new("control", 6,
        [
            new("low", 2, -2, -2, -2),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 2, 2, 2),
        ]),
        new("scope-stability", 7,
        [
            new("stable", 2, 0, -1, 0),
            new("evolving", 0, 1, 1, 1),
            new("volatile", -2, 2, 2, 2),
        ]),
        new("duration", 6,
        [
            new("short", 2, -1, -1, 1),
            new("ongoing", 0, 2, 0, 1),
            new("long", -1, 1, 2, 0),
        ]),
        new("budget", 4,
        [
            new("small", 2, 0, -2, 0),
            new("medium", 1, 1, 0, 1),
            new("large", 0, 1, 2, 1),
        ]),
        new("team-size", 5,
        [
            new("individuals", 0, 0, -1, 2),
            new("team", 1, 1, 0, 0),
            new("large", 0, 0, 2, -1),
        ]),
        new("workload", 3,
        [
            new("full-time", 0, 1, 1, 0),
            new("part-time", 1, 0, -1, 1),
            new("occasional", 2, -1, -2, 1),
        ]),
        new("start-urgency", 3,
        [
            new("asap", 1, 1, -2, 2),
            new("soon", 0, 0, -1, 0),
            new("flexible", 0, 0, 1, 0),
        ]),
        new("team-location", 2,
        [
            new("onshore", 0, 0, -2, 0),
            new("nearshore", 0, 0, 0, 0),
            new("offshore", 0, 0, 1, 0),
            new("any", 0, 0, 0, 0),
        ]),
        new("data-sensitivity", 4,
        [
            new("low", 1, 0, 0, 0),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 1, 1, 1),
        ]),
        new("data-residency", 0,
        [
            new("yes", 0, 0, 0, 0),
            new("no", 0, 0, 0, 0),
        ]),
        new("niche-expertise", 3,
        [
            new("yes", 2, 0, -1, 2),
            new("no", 0, 0, 0, 0),
        ]),
    ], KnockOuts, CostAssumptions.Default);
}
