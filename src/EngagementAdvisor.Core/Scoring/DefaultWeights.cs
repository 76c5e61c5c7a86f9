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

    public static WeightSet Create() => new(
    [
        // F76: who manages the team is the main difference; F34: no strong PM → team extension is the wrong choice;
        // F46: an offshore team is handed over for you to supervise. Control (below) is the same question seen from the
        // client's wishes, so the two share the weight rather than each taking all of it.
        new("in-house-pm", 8,
        [
            new("none", 2, -2, -2, -2),      // F20, F34, F79, F46
            new("partial", 1, 0, -1, 0),     // F55: the vendor's price includes management
            new("strong", -1, 2, 2, 2),      // F79, F39, F25; F46: an offshore division needs the same leadership
        ]),
        // F77: high control → outstaffing / staff augmentation / offshoring; low → outsourcing.
        new("control", 6,
        [
            new("low", 2, -2, -2, -2),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 2, 2, 2),        // F22, F45
        ]),
        // F78: stable → outsourcing with fixed price; changing → outstaffing or offshoring. F10, F14.
        new("scope-stability", 7,
        [
            new("stable", 2, 0, -1, 0),
            new("evolving", 0, 1, 1, 1),
            new("volatile", -2, 2, 2, 2),    // F47
        ]),
        // F80: short one-off → outsourcing; 6+ months → outstaffing (F36); long-term → offshoring. F43: spikes → augmentation.
        new("duration", 6,
        [
            new("short", 2, -1, -1, 1),
            new("ongoing", 0, 2, 0, 1),
            new("long", -1, 1, 2, 0),
        ]),
        // F81: small and immediate → outsourcing; able to invest up front → offshoring (F49). Judged in total and per month.
        new("budget", 4,
        [
            new("small", 2, 0, -2, 0),
            new("medium", 1, 1, 0, 1),
            new("large", 0, 1, 2, 1),
        ]),
        // F43, F84: individual specialists → augmentation; F47, F80: many people, long-term → offshoring rather than
        // engineers placed one by one.
        new("team-size", 5,
        [
            new("individuals", 0, 0, -1, 2),
            new("team", 1, 1, 0, 0),
            new("large", 0, 0, 2, -1),
        ]),
        // F12, F13: maintenance and support on a retainer or T&M; F23: outstaffed engineers usually work full-time; F43: scale down.
        new("workload", 3,
        [
            new("full-time", 0, 1, 1, 0),
            new("part-time", 1, 0, -1, 1),
            new("occasional", 2, -1, -2, 1),
        ]),
        // F42, F84: needed fast → augmentation; F17: outsourcing is quick to start; F32: outstaffing onboards in 1–2 weeks; F48: offshoring needs time.
        new("start-urgency", 3,
        [
            new("asap", 1, 1, -2, 2),
            new("soon", 0, 0, -1, 0),
            new("flexible", 0, 0, 1, 0),
        ]),
        // F45: offshoring is a team in another country; F37: nearshore keeps the time difference manageable.
        new("team-location", 2,
        [
            new("onshore", 0, 0, -2, 0),
            new("nearshore", 0, 0, 0, 0),
            new("offshore", 0, 0, 1, 0),
            new("any", 0, 0, 0, 0),
        ]),
        // F19: confidentiality is harder to guarantee when outsourced; F25, F63: your tools and access controls.
        // F50, F82 favour offshoring, but they are an offshoring vendor's claims: only +1.
        new("data-sensitivity", 4,
        [
            new("low", 1, 0, 0, 0),
            new("medium", 0, 0, 0, 0),
            new("high", -2, 1, 1, 1),
        ]),
        // Where data must stay is a feasibility question (the rule above), not a preference.
        new("data-residency", 0,
        [
            new("yes", 0, 0, 0, 0),
            new("no", 0, 0, 0, 0),
        ]),
        // F18, F83: niche expertise missing → outsourcing; F43: specialised skill gaps → augmentation.
        new("niche-expertise", 3,
        [
            new("yes", 2, 0, -1, 2),
            new("no", 0, 0, 0, 0),
        ]),
    ], KnockOuts, CostAssumptions.Default);
}
